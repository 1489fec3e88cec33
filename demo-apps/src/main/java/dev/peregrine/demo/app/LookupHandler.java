package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /lookup?host=example.org}: resolves a host name with the system's resolver. VULNERABLE: the host is
 * pasted into a shell command line ({@code sh -c "getent hosts " + host}), so {@code localhost; id} runs {@code id}
 * (OS command injection, CWE-78).
 */
final class LookupHandler implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String host = Responses.required(exchange, "host");
        Process p = new ProcessBuilder("sh", "-c", "getent hosts " + host).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Responses.send(exchange, 200, out);
    }
}
