package dev.peregrine.bench.probe;

import dev.peregrine.probe.kernel.SyscallHandler;

/** A consumer-side handler the benchmarks can count: decode only, or decode + host state + rule evaluation. */
interface EventSink extends SyscallHandler {

    /** Records handled so far; read on the consumer thread only. */
    long events();

    /** Called after each poll (deferred state updates). */
    void endOfBatch();

    /** What this consumer does per record, for the report. */
    String describe();
}
