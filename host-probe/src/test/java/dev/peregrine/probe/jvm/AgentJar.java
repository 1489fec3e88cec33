package dev.peregrine.probe.jvm;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built agent jar for tests that start real JVMs with {@code -javaagent}. Maven resolves it (host-probe has a
 * test dependency on it, so the reactor builds the agent first) and passes its path as {@code peregrine.agentJar};
 * a missing jar fails the test: these tests must never pass by not running.
 */
public final class AgentJar {

    /** The JDK 17 launcher these tests run the application on (the agent's oldest JDK); peregrine.it.jdk17 moves it. */
    public static final Path JAVA17 = Path.of(System.getProperty("peregrine.it.jdk17",
            "/usr/lib/jvm/java-17-openjdk-amd64"), "bin/java");

    private AgentJar() {
    }

    public static Path path() {
        String configured = System.getProperty("peregrine.agentJar");
        Path jar = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../javaagent/target/peregrine-agent.jar").normalize();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("agent jar not built at " + jar + ": ./mvnw -pl javaagent -am install -DskipTests");
        }
        return jar;
    }
}
