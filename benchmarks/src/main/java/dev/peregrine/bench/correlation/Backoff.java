package dev.peregrine.bench.correlation;

/**
 * What a producer or consumer thread does while the pipe is full or empty, the same for every pipe: spin briefly,
 * then yield, so that on a machine with fewer free cores than threads the other side gets the CPU instead of a
 * spinning thread burning its time slice.
 */
final class Backoff {

    private static final int SPINS = 64;

    private Backoff() {
    }

    /** Waits a little; {@code attempt} counts the failed attempts in a row, from 0. */
    static void idle(int attempt) {
        if (attempt < SPINS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }
}
