package dev.peregrine.bench.correlation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the C load generator (benchmarks/src/main/c/peregrine-load.c, {@code openclose} mode) as a child
 * process: the uncorrelated trigger (a process without an agent, opening the marker at a low paced rate) and the
 * background load (opening another file at 100 K/s, pinned to one CPU). Its one output line gives what it really did.
 */
final class LoadProcess {

    private final Process process;

    private LoadProcess(Process process) {
        this.process = process;
    }

    /** Opens and closes {@code file} {@code rate} times a second for {@code seconds}, pinned to {@code cpu} if >= 0. */
    static LoadProcess start(Path binary, Path file, int rate, double seconds, int cpu) throws IOException {
        if (binary == null || !Files.isExecutable(binary)) {
            throw new IllegalStateException("load generator " + binary + " missing: run"
                    + " benchmarks/run-correlation-bench.sh (it compiles benchmarks/src/main/c/peregrine-load.c)");
        }
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "openclose", "-p", file.toString(),
                "-r", Integer.toString(rate), "-t", Double.toString(seconds)));
        if (cpu >= 0) {
            cmd.add("-c");
            cmd.add(Integer.toString(cpu));
        }
        return new LoadProcess(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the end; returns {ops, nanoseconds} from the generator's "mode=M ops=N ns=T ..." line. */
    long[] await() throws IOException, InterruptedException {
        String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        int rc = process.waitFor();
        if (rc != 0) {
            throw new IllegalStateException("load generator exited with " + rc + ": " + line);
        }
        long ops = -1;
        long ns = -1;
        for (String part : line.split(" ")) {
            if (part.startsWith("ops=")) {
                ops = Long.parseLong(part.substring(4));
            } else if (part.startsWith("ns=")) {
                ns = Long.parseLong(part.substring(3));
            }
        }
        if (ops < 0 || ns < 0) {
            throw new IllegalStateException("unexpected load generator output: " + line);
        }
        return new long[] {ops, ns};
    }
}
