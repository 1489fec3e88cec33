package dev.peregrine.bench.correlation;

/** One way of handing events from a producer thread to a consumer thread, timed over a fixed number of events. */
interface Pipe {

    String name();

    /**
     * Hands {@code count} events over (the producer cycles {@link SampleEvents}, retrying while the pipe is full);
     * returns the nanoseconds from the start until the consumer has read the last one.
     */
    long run(long count) throws Exception;

    /** Times the producer found the pipe full, over all runs so far. */
    long fullRetries();
}
