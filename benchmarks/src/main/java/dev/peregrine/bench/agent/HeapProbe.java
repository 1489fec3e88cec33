package dev.peregrine.bench.agent;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * A trivial application that reports its own footprint after start-up settled: heap used after full GCs, non-heap
 * used (metaspace, class space, code cache), loaded classes and live threads. Run with and without the agent, the
 * difference is what the agent costs an idle application. Prints one line of {@code key=value}. Compiled for
 * Java 17.
 */
public final class HeapProbe {

    private static final int SETTLE_MILLIS = 300;

    private HeapProbe() {
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
                + " threads=" + ManagementFactory.getThreadMXBean().getThreadCount());
    }
}
