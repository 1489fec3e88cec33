package dev.peregrine.bench.correlation;

/**
 * Proves a pipe delivered every event intact and in order: the consumer's sum of {@link JvmOpSample#digest} must equal
 * the sum over the events the producer cycled. A benchmark that lost or garbled records fails instead of reporting a
 * rate.
 */
final class Checksum {

    private Checksum() {
    }

    static void verify(String pipe, SampleEvents events, long count, long actual) {
        long perCycle = 0;
        for (JvmOpSample e : events.events) {
            perCycle += e.digest();
        }
        long expected = (count / SampleEvents.SIZE) * perCycle;
        for (int i = 0; i < count % SampleEvents.SIZE; i++) {
            expected += events.events[i].digest();
        }
        if (expected != actual) {
            throw new IllegalStateException(pipe + ": consumer read checksum " + actual + ", expected " + expected
                    + ": records were lost or garbled");
        }
    }
}
