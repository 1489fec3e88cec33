package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Registers handlers so that each request runs on a thread named {@code http-<X-Request-Id>} (the worker's own name
 * is restored afterwards), and so that an exception becomes a 500 with its message instead of a dropped
 * connection: the driver reports what the server answered.
 */
final class RequestThreads {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,48}");

    private RequestThreads() {
    }

    static void route(HttpServer server, String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            Thread me = Thread.currentThread();
            String workerName = me.getName();
            String id = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (id != null && REQUEST_ID.matcher(id).matches()) {
                me.setName("http-" + id);
            }
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException | LinkageError e) {
                Responses.send(exchange, 500, "error: " + e + "\n");
            } finally {
                me.setName(workerName);
                exchange.close();
            }
        });
    }
}
