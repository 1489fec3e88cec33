/**
 * Benchmarks of the kernel/JVM correlation (issue 5): how fast the agent → probe ring moves events, and how long a
 * syscall takes to become an alert, with and without the join.
 *
 * <p>Design:
 * <ul>
 *   <li><b>Ring throughput</b> ({@link dev.peregrine.bench.correlation.RingThroughputBench}): a producer thread
 *       encoding a realistic mix of agent events into a real memory-mapped ring file
 *       ({@link dev.peregrine.bench.correlation.RingPipe}: RecordEncoder + RingWriter, the agent's side) and a
 *       consumer thread reading them back through a read-only mapping (RingReader + RecordView, the probe's side).
 *       A dedicated harness rather than JMH: the figure is the time until the other thread has read the last record.
 *       Baseline in the same run, rounds interleaved: the same event objects handed over through a JCTools SPSC
 *       queue ({@link dev.peregrine.bench.correlation.QueuePipe}). A checksum proves every record arrived intact.</li>
 *   <li><b>Syscall-to-alert latency</b> ({@link dev.peregrine.bench.correlation.LatencyBench}): the real daemon in
 *       this JVM with real eBPF, its JSON alert channel being a Writer that timestamps each alert as the daemon's sink
 *       writes it ({@link dev.peregrine.bench.correlation.AlertClock}); the kernel event time comes back in the
 *       alert's {@code evt.time} (the probe's CLOCK_MONOTONIC timestamp shifted to the epoch, shifted back here with
 *       the same offset). Uncorrelated events come from a C process without an agent, correlated ones from a real
 *       JVM running the agent in {@code mode=probe} ({@link dev.peregrine.bench.correlation.TriggerJvm}), whose
 *       kernel open the daemon holds until the agent's record joins it. Idle and under a background load of opens
 *       the rules capture. Baselines in the same run: the bare kernel probe drained as the daemon drains it
 *       ({@link dev.peregrine.bench.correlation.BareProbe}), the uncorrelated path for the join, idle for the load.
 *       Exact percentiles from every sample (a few thousand per phase: no histogram needed).</li>
 *   <li>Smoke mode ({@code --smoke}) shrinks every count so CI proves the harness runs; its figures mean nothing.</li>
 * </ul>
 */
package dev.peregrine.bench.correlation;
