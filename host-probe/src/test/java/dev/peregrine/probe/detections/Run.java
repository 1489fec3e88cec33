package dev.peregrine.probe.detections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Child processes that make the syscalls under test (the probe never traces its own JVM, so every action runs in a
 * child). Output is collected so that a failing action explains itself.
 */
record Run(long pid, int exit, String output) {

    /** Runs {@code command} in {@code cwd} (the JVM's own when null) to completion, whatever its exit status. */
    static Run any(Path cwd, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child did not finish: " + List.of(command));
        }
        return new Run(p.pid(), p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** As {@link #any}, failing the test unless the command exits 0. */
    static Run ok(Path cwd, String... command) throws IOException, InterruptedException {
        Run r = any(cwd, command);
        if (r.exit != 0) {
            throw new AssertionError("child failed (" + r.exit + "): " + List.of(command) + "\n" + r.output);
        }
        return r;
    }

    static Run ok(String... command) throws IOException, InterruptedException {
        return ok((Path) null, command);
    }

    /** The real python3 executable (pyenv shims re-exec, which would add a process between us and the action). */
    static synchronized String python() throws IOException, InterruptedException {
        if (python == null) {
            String exe = ok("python3", "-c", "import sys; print(sys.executable)").output.trim();
            python = Path.of(exe).toRealPath().toString();
        }
        return python;
    }

    /** Runs a python3 script whose first line is a comment carrying {@code marker} (so it is in proc.cmdline). */
    static Run py(String marker, String script) throws IOException, InterruptedException {
        return ok((Path) null, python(), "-c", "# " + marker + "\n" + script);
    }

    private static String python;
}
