package dev.peregrine.bench.agent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trivial application that reports its own footprint after start-up settled: heap used after full GCs, non-heap
 * used (metaspace, class space, code cache), loaded classes, live threads and the resident set size. Run with and
 * without the agent, the difference is what the agent costs an idle application. Prints one line of
 * {@code key=value}. Compiled for Java 17.
 */
public final class HeapProbe {

    private static final int SETTLE_MILLIS = 300;

    private HeapProbe() {
    }

    /** VmRSS of /proc/self/status in KiB: the whole process, agent's native and mapped memory included. */
    static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: reported as -1
        }
        return -1;
    }

    public static void main(String[] args) throws InterruptedException {
        boolean agent = AgentProbe.isActive();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Let the agent's consumer thread drain the start-up events, then collect until the figure is stable.
        Thread.sleep(SETTLE_MILLIS);
        long heap = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            heap = Math.min(heap, memory.getHeapMemoryUsage().getUsed());
        }
        System.out.println("agent=" + agent
                + " heap=" + heap
                + " nonheap=" + memory.getNonHeapMemoryUsage().getUsed()
                + " classes=" + ManagementFactory.getClassLoadingMXBean().getLoadedClassCount()
                + " threads=" + ManagementFactory.getThreadMXBean().getThreadCount()
                + " rss=" + residentKiB());
    }
}
