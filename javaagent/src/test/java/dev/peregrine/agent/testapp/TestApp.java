package dev.peregrine.agent.testapp;

import java.nio.file.Path;

/**
 * The application the integration tests start with {@code -javaagent}: {@code TestApp <workdir> <op>...} performs
 * each named operation and prints {@code RESULT <op> <outcome>} lines, so a test can compare what the application
 * saw with and without the agent. Compiled for Java 17; JDK 21+ features are reached by reflection.
 */
public final class TestApp {

    private TestApp() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Operations ops = new Operations(dir);
        for (int i = 1; i < args.length; i++) {
            String result;
            try {
                result = ops.run(args[i]);
            } catch (Throwable t) {
                result = "threw " + t;
            }
            System.out.println("RESULT " + args[i] + " " + result);
        }
    }
}
