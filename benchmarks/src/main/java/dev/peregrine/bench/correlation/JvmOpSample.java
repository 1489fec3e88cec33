package dev.peregrine.bench.correlation;

import dev.peregrine.engine.transport.RecordEncoder;
import dev.peregrine.engine.transport.RingLayout;

/**
 * One JVM operation as the agent's consumer thread holds it before the hand-over: the fields a ring record carries
 * (see {@link RingLayout}). The ring variant encodes it ({@link #encode}); the queue baseline hands the object itself
 * over, which is what an in-process consumer would do.
 */
record JvmOpSample(int op, int flags, long beginNanos, long endNanos, long tid, long javaThreadId, int number,
                   String threadName, String path, String address, String caller, String[] argv, String[] stack) {

    /** Encodes this operation in the agent's slot order (as the agent's RingSink does); returns the length or -1. */
    int encode(RecordEncoder encoder) {
        encoder.begin(op, flags, beginNanos, endNanos, tid, javaThreadId, number);
        encoder.string(threadName);
        encoder.string(path);
        encoder.string(null); // target
        encoder.string(null); // cwd
        encoder.string(address);
        encoder.string(null); // host
        encoder.string(address == null ? null : "inet");
        encoder.string(null); // class name
        encoder.string(null); // JNDI name
        encoder.string(caller);
        encoder.list(argv);
        encoder.list((String[]) null); // environment changes
        encoder.list(stack);
        return encoder.finish();
    }

    /** What the consumer reads of each record on both sides: the fields the correlator joins on. */
    long digest() {
        return op + flags + beginNanos + endNanos + tid + (stack == null ? -1 : stack.length);
    }
}
