package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code GET /files?name=about.html}: serves a file of the web root. VULNERABLE: the name is resolved against the
 * web root without normalising or checking that the result stays inside it, so {@code ../../../etc/passwd} reads
 * any file the service can read (path traversal, CWE-22).
 */
final class FilesHandler implements HttpHandler {

    private final Path webroot;

    FilesHandler(Path webroot) {
        this.webroot = webroot;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String name = Responses.param(exchange, "name");
        Path file = webroot.resolve(name == null || name.isEmpty() ? "index.html" : name);
        try {
            Responses.send(exchange, 200, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            Responses.send(exchange, 404, "not found\n");
        }
    }
}
