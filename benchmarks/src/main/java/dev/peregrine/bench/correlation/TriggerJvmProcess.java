package dev.peregrine.bench.correlation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The trigger JVM ({@link TriggerJvm}) as a child process of the harness: the same JDK, the benchmarks jar as class
 * path and the agent in {@code mode=probe} writing its ring into the daemon's ring directory.
 */
final class TriggerJvmProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;

    private TriggerJvmProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    static TriggerJvmProcess start(Path agentJar, Path ringDir, Path target, Path log) throws IOException {
        if (agentJar == null || !Files.isRegularFile(agentJar)) {
            throw new IllegalStateException("agent jar " + agentJar + " not found: run benchmarks/run-correlation-bench.sh"
                    + " (it builds javaagent) or pass --agent-jar");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-javaagent:" + agentJar + "=mode=probe,quiet=true,ring.dir=" + ringDir,
                "-cp", System.getProperty("java.class.path"), TriggerJvm.class.getName(), target.toString());
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        TriggerJvmProcess jvm = new TriggerJvmProcess(p);
        String first = jvm.out.readLine();
        if (!"ready".equals(first)) {
            p.destroyForcibly();
            throw new IllegalStateException("trigger JVM did not start (" + first + "); see " + log);
        }
        return jvm;
    }

    long pid() {
        return process.pid();
    }

    /** Opens the target {@code rate} times a second for {@code millis}; returns how many opens it made. */
    long open(int rate, long millis) throws IOException {
        in.println("open " + rate + " " + millis);
        String reply = out.readLine();
        if (reply == null || !reply.startsWith("done ")) {
            throw new IllegalStateException("trigger JVM answered " + reply);
        }
        return Long.parseLong(reply.substring(5));
    }

    @Override
    public void close() throws InterruptedException {
        in.println("quit");
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
