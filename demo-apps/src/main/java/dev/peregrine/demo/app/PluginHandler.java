package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/**
 * {@code GET /plugins/load?path=/opt/shop/plugins/libfast.so}: loads a native plugin. VULNERABLE: any path is
 * accepted, including a library the attacker just uploaded into a world-writable directory; its initialisers run
 * inside the JVM with all its privileges (CWE-114).
 */
final class PluginHandler implements HttpHandler {

    @Override
    @SuppressWarnings("restricted") // native access is the point of this endpoint
    public void handle(HttpExchange exchange) throws IOException {
        String path = Responses.required(exchange, "path");
        System.load(path);
        Responses.send(exchange, 200, "loaded " + path + "\n");
    }
}
