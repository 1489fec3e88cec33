package dev.peregrine.bench.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@link AgentBenchMain} measures and how long, from {@code -Dbench.*} system properties. Smoke mode
 * ({@code -Dbench.smoke=true}) keeps every part but runs each as briefly as possible (1 fork, 1 short iteration, 1
 * launch), so CI proves the harness and the agent still work together without waiting for figures.
 */
record BenchSettings(Path agentJar, String agentArgs, boolean smoke, int forks, int warmups, int iterations,
                     String iterationTime, String include, Set<String> parts, List<Path> jdks, int startupRuns,
                     int heapRuns, Path workDir, Path appsSource) {

    static final String DEFAULT_AGENT_ARGS = "quiet=true,alerts.log=off";
    static final String DEFAULT_JDKS = "/usr/lib/jvm/java-17-openjdk-amd64,/usr/lib/jvm/temurin-25-jdk-amd64";

    static BenchSettings fromSystemProperties() {
        String jar = System.getProperty("bench.agent.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalArgumentException("-Dbench.agent.jar=<path to peregrine-agent.jar> is required (got "
                    + jar + "); build it with ./mvnw -o -pl javaagent -am install -DskipTests");
        }
        boolean smoke = Boolean.getBoolean("bench.smoke");
        return new BenchSettings(
                Path.of(jar).toAbsolutePath(),
                System.getProperty("bench.agent.args", DEFAULT_AGENT_ARGS),
                smoke,
                Integer.getInteger("bench.forks", smoke ? 1 : 2),
                Integer.getInteger("bench.warmups", smoke ? 0 : 3),
                Integer.getInteger("bench.iterations", smoke ? 1 : 5),
                System.getProperty("bench.time", smoke ? "200ms" : "1s"),
                System.getProperty("bench.include", ".*"),
                Set.copyOf(List.of(System.getProperty("bench.parts", "overhead,startup,heap").split(","))),
                jdks(System.getProperty("bench.jdks", DEFAULT_JDKS)),
                Integer.getInteger("bench.startup.runs", smoke ? 1 : 10),
                Integer.getInteger("bench.heap.runs", smoke ? 1 : 3),
                Path.of(System.getProperty("bench.dir", "target/agent-bench")).toAbsolutePath(),
                Path.of(System.getProperty("bench.apps.src", AppClasses.defaultSourceRoot().toString())));
    }

    /** The {@code -javaagent} JVM option for the "with agent" variant. */
    String javaagentOption() {
        return "-javaagent:" + agentJar + (agentArgs.isEmpty() ? "" : "=" + agentArgs);
    }

    private static List<Path> jdks(String list) {
        List<Path> out = new ArrayList<>();
        for (String home : list.split(",")) {
            Path java = Path.of(home.trim(), "bin", "java");
            if (Files.isExecutable(java)) {
                out.add(Path.of(home.trim()));
            } else {
                System.out.println("(skipping JDK " + home + ": no bin/java there)");
            }
        }
        return out;
    }
}
