/**
 * JMH benchmark of the rules engine: the official Falco rules, a realistic syscall event mix, the evt.type index
 * against the naive every-rule-on-every-event baseline in the same run, with allocation measured by the GC
 * profiler. {@code EngineBenchmarkMain} prints events/s, ns/event, B/event and the speed-up; results and the exact
 * command are in {@code docs/benchmarks.md}. Events are array-backed and reused, as producers decode into reused
 * objects, so the benchmark measures rule evaluation rather than cache misses on thousands of distinct events.
 */
package dev.peregrine.bench.engine;
