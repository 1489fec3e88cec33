package dev.peregrine.bench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the C load generator (benchmarks/src/main/c/peregrine-load.c, compiled by run-probe-bench.sh into
 * benchmarks/target/probe-load/peregrine-load) as child processes and reads back the one line each prints. Child
 * processes, not this JVM: the probe never traces its own process, and a C loop measures the syscall, not a JIT.
 */
final class LoadGen {

    private final Path binary;

    LoadGen(Path binary) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("load generator " + binary + " is missing: run benchmarks/run-probe-bench.sh"
                    + " (it compiles benchmarks/src/main/c/peregrine-load.c with gcc)");
        }
        this.binary = binary;
    }

    /** Runs one generator to completion; {@code options} are peregrine-load's (-n, -t, -r, -c, -p). */
    Result run(String mode, String... options) {
        return await(start(mode, options));
    }

    /** Starts one generator without waiting. */
    Process start(String mode, String... options) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.add(mode);
        command.addAll(List.of(options));
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
    }

    /** Waits for a generator and parses its "mode=M ops=N ns=T ns_per_op=X" line. */
    static Result await(Process p) {
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException("load generator exited with " + rc + ": " + out);
            }
            return Result.parse(out);
        } catch (IOException e) {
            throw new IllegalStateException("reading the load generator's output", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One generator's loop: iterations and wall time. */
    record Result(String mode, long ops, long nanos) {

        double nanosPerOp() {
            return ops == 0 ? Double.NaN : (double) nanos / ops;
        }

        static Result parse(String line) {
            String mode = null;
            long ops = -1;
            long ns = -1;
            for (String part : line.split(" ")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = part.substring(0, eq);
                String value = part.substring(eq + 1);
                switch (key) {
                    case "mode" -> mode = value;
                    case "ops" -> ops = Long.parseLong(value);
                    case "ns" -> ns = Long.parseLong(value);
                    default -> { }
                }
            }
            if (mode == null || ops < 0 || ns < 0) {
                throw new IllegalStateException("unexpected load generator output: " + line);
            }
            return new Result(mode, ops, ns);
        }
    }
}
