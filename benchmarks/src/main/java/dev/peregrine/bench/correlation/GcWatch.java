package dev.peregrine.bench.correlation;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Collections of this JVM (the daemon's) during a phase: a young pause stops the daemon's consumer thread, so every
 * event that arrives during it waits; the count and total time tell whether a phase's tail is GC or the scheduler.
 */
final class GcWatch {

    private final long count;
    private final long millis;

    private GcWatch(long count, long millis) {
        this.count = count;
        this.millis = millis;
    }

    static GcWatch now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new GcWatch(count, millis);
    }

    /** "GC 2 x, 31 ms" since {@code this}. */
    String since() {
        GcWatch end = now();
        return "GC " + (end.count - count) + " x, " + (end.millis - millis) + " ms";
    }
}
