package dev.peregrine.cli.demo.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The vulnerable service in its own JVM, with the agent. Its stderr (the agent's messages) goes to a file that the
 * demo shows when something fails; its first stdout line says where it listens.
 */
final class DemoApp implements AutoCloseable {

    /** What the app prints first, followed by its URL (see dev.peregrine.demo.app.VulnerableApp). */
    static final String READY = "peregrine-demo-app listening on ";

    private final Process process;
    private final String url;
    private final Path log;

    private DemoApp(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static DemoApp start(String java, DemoJars jars, String agentOptions, Path work) throws IOException {
        Path log = work.resolve("app.log");
        List<String> command = List.of(java, "-javaagent:" + jars.agent() + "=" + agentOptions,
                "-jar", jars.app().toString(), "--dir", work.resolve("app").toString());
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith(READY)) {
            p.destroyForcibly();
            throw new IllegalStateException("the demo app did not start (" + line + "); its log:\n" + Files.readString(log));
        }
        int end = line.indexOf(' ', READY.length());
        return new DemoApp(p, line.substring(READY.length(), end < 0 ? line.length() : end), log);
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Asks the app to exit (so the agent drains its queue and closes its outputs), then waits for it. */
    int stop() throws IOException, InterruptedException {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "shutdown"))
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            process.destroy();
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
