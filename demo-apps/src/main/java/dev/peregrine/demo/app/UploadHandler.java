package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code POST /upload?name=notes.txt}: stores the body in the served {@code uploads/} directory. VULNERABLE: the
 * client's file name is kept, extension and all, so a {@code .jsp} lands where a servlet container would compile
 * and run it (unrestricted upload, CWE-434). Answers with the stored path.
 */
final class UploadHandler implements HttpHandler {

    private final Path uploads;

    UploadHandler(Path uploads) {
        this.uploads = uploads;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Path target = uploads.resolve(Responses.required(exchange, "name"));
        try (InputStream body = exchange.getRequestBody()) {
            Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Responses.send(exchange, 200, target + "\n");
    }
}
