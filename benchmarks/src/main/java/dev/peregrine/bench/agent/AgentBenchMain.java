package dev.peregrine.bench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Java agent costs, measured against a baseline in the same run: per-operation overhead (JMH, forks
 * without and with {@code -javaagent}, see {@link OverheadRun}), start-up time and footprint of a trivial
 * application on each JDK (see {@link LaunchRuns}). Prints a Markdown table per part, with the ratio to the
 * baseline and the added cost, and whether the 5 % target on unwatched file operations is met. Settings: see
 * {@link BenchSettings}; {@code benchmarks/run-agent-bench.sh} builds everything and passes them.
 */
public final class AgentBenchMain {

    private static final double TARGET_RATIO = 1.05;

    private AgentBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings s = BenchSettings.fromSystemProperties();
        Files.createDirectories(s.workDir());
        String header = String.format(Locale.ROOT, "Agent %s (args '%s'), JMH on %s, %d CPUs, load average %s%s",
                s.agentJar(), s.agentArgs(), "JDK " + Runtime.version(), Runtime.getRuntime().availableProcessors(),
                loadAverage(), s.smoke() ? ", SMOKE MODE (figures meaningless)" : "");
        System.out.println(header);
        List<Comparison> overhead = new ArrayList<>();
        if (s.parts().contains("overhead")) {
            overhead.addAll(new OverheadRun(s).run());
        }
        List<Comparison> startup = new ArrayList<>();
        List<Comparison> footprint = new ArrayList<>();
        if (s.parts().contains("startup") || s.parts().contains("heap")) {
            LaunchRuns launches = new LaunchRuns(s, AppClasses.compile(s.appsSource(), s.workDir().resolve("apps")));
            for (Path jdk : s.jdks()) {
                if (s.parts().contains("startup")) {
                    startup.addAll(launches.startup(jdk));
                }
                if (s.parts().contains("heap")) {
                    footprint.addAll(launches.footprint(jdk));
                }
            }
        }
        System.out.println("\n" + header + "; load average at the end " + loadAverage());
        if (!overhead.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nPer-operation overhead (JMH, %d fork(s) x %d x %s per variant, "
                    + "%d warm-up, forks interleaved):%n", s.forks(), s.iterations(), s.iterationTime(), s.warmups());
            print("operation", overhead);
            verdict(overhead);
        }
        if (!startup.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nStart-up (whole JVM launch, median of %d per variant, alternated):%n",
                    s.startupRuns());
            print("launch", startup);
        }
        if (!footprint.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nFootprint of an idle trivial application (median of %d per variant):%n",
                    s.heapRuns());
            print("measure", footprint);
        }
    }

    private static void print(String what, List<Comparison> rows) {
        System.out.println(Comparison.header(what));
        for (Comparison c : rows) {
            System.out.println(c.row());
        }
    }

    private static void verdict(List<Comparison> overhead) {
        for (Comparison c : overhead) {
            if (OverheadRun.UNWATCHED_FILE_OPS.contains(c.name())) {
                System.out.printf(Locale.ROOT, "5 %% target on %s: ratio %.3f -> %s%n", c.name(), c.ratio(),
                        c.ratio() <= TARGET_RATIO ? "met" : "NOT met");
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
