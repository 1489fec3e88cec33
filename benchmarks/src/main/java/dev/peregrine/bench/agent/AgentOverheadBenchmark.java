package dev.peregrine.bench.agent;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JDK operations the agent intercepts, one per benchmark, each run by {@link OverheadRun} in forks with and
 * without {@code -javaagent}. The agent runs with its default rules (embedded engine): it records only the
 * operations those rules can match, so the file benchmarks measure what an operation no rule cares about costs.
 *
 * <p>Two files: {@code plain} lives in a directory no rule and no stack policy cares about (the common case: jars,
 * configuration, data), {@code watched} in {@code /tmp/}, one of the agent's default {@code stack.watch} prefixes:
 * with a consumer that takes every event ({@code events.file}, the host probe's ring) or a rule on such paths, each
 * open there also pays for a stack walk; with the default rules it is not recorded either. The socket benchmark connects to a {@link ServerSocket} of this JVM on 127.0.0.1
 * and accepts on the same thread (no hand-off between threads in the figure); both ends close with SO_LINGER 0, so
 * no TIME_WAIT sockets pile up and exhaust the ephemeral ports.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AgentOverheadBenchmark {

    /** Set by the harness on each fork: whether this fork runs with the agent. */
    static final String EXPECT_AGENT = "bench.expect.agent";

    private static final byte[] CONTENT = new byte[128];

    private File plain;
    private Path plainPath;
    private File watched;
    private Path watchedPath;
    private ServerSocket server;
    private InetSocketAddress serverAddress;
    private final ProcessBuilder trueCommand = new ProcessBuilder("/bin/true");

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        AgentProbe.require(Boolean.getBoolean(EXPECT_AGENT));
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/agent-bench")));
        plainPath = Files.write(Files.createTempFile(dir.toAbsolutePath(), "plain-", ".txt"), CONTENT);
        plain = plainPath.toFile();
        watchedPath = Files.write(Files.createTempFile(Path.of("/tmp"), "peregrine-bench-", ".txt"), CONTENT);
        watched = watchedPath.toFile();
        server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        serverAddress = new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        server.close();
        Files.deleteIfExists(plainPath);
        Files.deleteIfExists(watchedPath);
    }

    @Benchmark
    public FileInputStream fileInputStreamOpenClose() throws IOException {
        FileInputStream in = new FileInputStream(plain);
        in.close();
        return in;
    }

    @Benchmark
    public FileInputStream fileInputStreamOpenCloseWatched() throws IOException {
        FileInputStream in = new FileInputStream(watched);
        in.close();
        return in;
    }

    @Benchmark
    public byte[] filesReadAllBytes() throws IOException {
        return Files.readAllBytes(plainPath);
    }

    @Benchmark
    public byte[] filesReadAllBytesWatched() throws IOException {
        return Files.readAllBytes(watchedPath);
    }

    @Benchmark
    public int socketConnectAccept() throws IOException {
        try (Socket client = new Socket()) {
            client.setSoLinger(true, 0);
            client.connect(serverAddress);
            try (Socket accepted = server.accept()) {
                accepted.setSoLinger(true, 0);
                return accepted.getPort();
            }
        }
    }

    @Benchmark
    public int processStartWaitFor() throws IOException, InterruptedException {
        return trueCommand.start().waitFor();
    }
}
