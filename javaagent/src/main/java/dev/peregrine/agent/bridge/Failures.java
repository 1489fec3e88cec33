package dev.peregrine.agent.bridge;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts failures inside the agent that reached the bridge. The first one is printed to stderr (once, prefixed),
 * the rest only counted: an agent must never flood the application's output nor throw into it.
 */
public final class Failures {

    private static final AtomicLong COUNT = new AtomicLong();

    private Failures() {
    }

    public static void record(Throwable t) {
        if (COUNT.getAndIncrement() == 0) {
            try {
                System.err.println("[peregrine] agent failure (reported once, further ones are counted): " + t);
            } catch (Throwable ignored) {
                // Nothing left to do: stderr itself failed.
            }
        }
    }

    public static long count() {
        return COUNT.get();
    }
}
