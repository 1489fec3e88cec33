package dev.peregrine.probe.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Child processes that make the syscalls the rules watch (the daemon never traces its own JVM). */
final class Children {

    private Children() {
    }

    /** Runs the command to completion; returns its pid. */
    static long run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child " + String.join(" ", command) + " did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("child " + String.join(" ", command) + " failed (" + p.exitValue() + "): " + out);
        }
        return p.pid();
    }
}
