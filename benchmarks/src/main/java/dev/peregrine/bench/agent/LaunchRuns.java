package dev.peregrine.bench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Start-up time and footprint, per JDK: launches {@link Hello} (time to run a trivial main) and {@link HeapProbe}
 * (heap after GC, non-heap, classes, threads, RSS) alternately without and with the agent, the order swapped every pair
 * so that drifting machine load falls on both variants alike. One untimed pair first warms the page cache.
 */
final class LaunchRuns {

    private final BenchSettings settings;
    private final ChildJvm child;

    LaunchRuns(BenchSettings settings, Path appClasses) {
        this.settings = settings;
        this.child = new ChildJvm(settings, appClasses);
    }

    List<Comparison> startup(Path jdk) throws IOException, InterruptedException {
        Comparison time = new Comparison("start-up, trivial main, " + jdkName(jdk), "ms", Comparison.Center.MEDIAN);
        child.run(jdk, false, Hello.class.getName());
        child.run(jdk, true, Hello.class.getName());
        for (int i = 0; i < settings.startupRuns(); i++) {
            for (boolean withAgent : order(i)) {
                time.add(withAgent, child.run(jdk, withAgent, Hello.class.getName()).millis());
            }
        }
        return List.of(time);
    }

    List<Comparison> footprint(Path jdk) throws IOException, InterruptedException {
        String name = jdkName(jdk);
        Comparison heap = new Comparison("heap used after GC, " + name, "MiB", Comparison.Center.MEDIAN);
        Comparison nonHeap = new Comparison("non-heap used (metaspace, code), " + name, "MiB",
                Comparison.Center.MEDIAN);
        Comparison classes = new Comparison("loaded classes, " + name, "classes", Comparison.Center.MEDIAN);
        Comparison threads = new Comparison("live threads, " + name, "threads", Comparison.Center.MEDIAN);
        Comparison rss = new Comparison("resident set size, " + name, "MiB", Comparison.Center.MEDIAN);
        for (int i = 0; i < settings.heapRuns(); i++) {
            for (boolean withAgent : order(i)) {
                ChildJvm.Launch l = child.run(jdk, withAgent, HeapProbe.class.getName());
                heap.add(withAgent, l.number("heap") / (1 << 20));
                nonHeap.add(withAgent, l.number("nonheap") / (1 << 20));
                classes.add(withAgent, l.number("classes"));
                threads.add(withAgent, l.number("threads"));
                rss.add(withAgent, l.number("rss") / 1024);
            }
        }
        return List.of(heap, nonHeap, classes, threads, rss);
    }

    private static boolean[] order(int i) {
        return i % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false};
    }

    /** "JDK 17.0.x" from the JDK's release file, or the directory name. */
    static String jdkName(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return "JDK " + line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // fall through: the directory name still tells which JDK it is
        }
        return jdk.getFileName().toString();
    }
}
