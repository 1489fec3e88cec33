/**
 * Benchmarks of the host probe against the real kernel (run as root; issue 3): how fast the ring consumer drains,
 * what capture costs the traced programs, and the highest event rate one consumer core sustains without drops.
 *
 * <p>Design:
 * <ul>
 *   <li><b>Load from C, not Java.</b> The syscall loops are a small C program
 *       (benchmarks/src/main/c/peregrine-load.c, compiled by run-probe-bench.sh) run as child processes
 *       ({@link dev.peregrine.bench.probe.LoadGen}): the probe never traces its own JVM, and a C loop times the
 *       syscall rather than a JIT. It pins itself to one CPU and paces itself (-r) with a syscall no rule wants.</li>
 *   <li><b>Real code paths.</b> {@link dev.peregrine.bench.probe.DrainBench} fills the real kernel ring with a burst,
 *       then times {@code KernelProbe.poll}; {@link dev.peregrine.bench.probe.OverheadBench} and
 *       {@link dev.peregrine.bench.probe.SustainedBench} attach the real programs with the default rules' capture set
 *       ({@link dev.peregrine.bench.probe.DefaultRuleSet}) while a {@link dev.peregrine.bench.probe.ConsumerThread}
 *       drains, either decoding ({@link dev.peregrine.bench.probe.DecodingHandler}) or also updating host state and
 *       evaluating the rules ({@link dev.peregrine.bench.probe.EngineHandler}, the daemon's per-record work).</li>
 *   <li><b>Every figure has a baseline from the same run:</b> a plain loop over the same bytes for the drain rate,
 *       the detached probe for overhead (modes alternate within each round, order rotating), and the producers'
 *       own count against the consumer's and the kernel's drop counters for the sustained rate.</li>
 *   <li>{@link dev.peregrine.bench.probe.RingDrainBenchmark} is the JMH view of the consumer over ordinary memory
 *       laid out like a ring ({@link dev.peregrine.bench.probe.SyntheticRing}), isolating the Java code.</li>
 *   <li>Smoke mode ({@code --smoke}) runs everything with tiny counts so CI keeps the harness working.</li>
 * </ul>
 */
package dev.peregrine.bench.probe;
