package dev.peregrine.cli.demo.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two jars the live demo runs besides this one: the agent ({@code javaagent/target/peregrine-agent.jar}) and the
 * demo service and driver ({@code demo-apps/target/peregrine-demo-app.jar}), found in the source tree this command
 * line was built from. A missing jar is built with the Maven wrapper of that tree (output on stderr), unless
 * {@code build} is false; then the message says how to build it.
 */
public record DemoJars(Path agent, Path app) {

    static final String AGENT = "javaagent/target/peregrine-agent.jar";
    static final String APP = "demo-apps/target/peregrine-demo-app.jar";

    public static DemoJars locate(Path agentOption, Path appOption, boolean build, PrintWriter err)
            throws IOException, InterruptedException {
        Path home = home();
        Path agent = agentOption != null ? agentOption : home == null ? null : home.resolve(AGENT);
        Path app = appOption != null ? appOption : home == null ? null : home.resolve(APP);
        List<String> modules = new ArrayList<>();
        if (agent == null || !Files.isRegularFile(agent)) {
            modules.add("javaagent");
        }
        if (app == null || !Files.isRegularFile(app)) {
            modules.add("demo-apps");
        }
        if (!modules.isEmpty()) {
            if (!build || home == null || agentOption != null && modules.contains("javaagent")
                    || appOption != null && modules.contains("demo-apps")) {
                throw new IllegalStateException("missing " + (agent == null ? AGENT : agent) + " or "
                        + (app == null ? APP : app) + ": build them with `./mvnw -pl javaagent,demo-apps -am install "
                        + "-DskipTests` in the Peregrine source tree, or name them with --agent-jar and --demo-jar");
            }
            build(home, modules, err);
        }
        return new DemoJars(agent, app);
    }

    private static void build(Path home, List<String> modules, PrintWriter err) throws IOException, InterruptedException {
        err.println("peregrine demo: building " + String.join(" and ", modules) + " (first use)...");
        err.flush();
        // Maven's output goes to our stderr: stdout carries only the demo.
        Process mvn = new ProcessBuilder(home.resolve("mvnw").toString(), "-B", "-q", "-DskipTests", "install",
                "-pl", String.join(",", modules), "-am").directory(home.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = mvn.inputReader()) {
            for (String line; (line = out.readLine()) != null; ) {
                err.println(line);
            }
        }
        err.flush();
        if (mvn.waitFor() != 0) {
            throw new IllegalStateException("building " + modules + " failed; see the Maven output above");
        }
    }

    /**
     * The source tree: {@code PEREGRINE_HOME} when set, else the directory holding {@code mvnw} above this jar
     * ({@code cli/target/peregrine.jar}) or above the working directory; null when there is none.
     */
    static Path home() {
        String env = System.getenv("PEREGRINE_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Path.of(DemoJars.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: fall back to the working directory
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("demo-apps"))) {
                    return dir;
                }
            }
        }
        return null;
    }
}
