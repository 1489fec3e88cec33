package dev.peregrine.demo.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The served directory: two ordinary pages and the uploads folder the upload handler writes into. */
final class WebRoot {

    private WebRoot() {
    }

    static Path create(Path webroot) throws IOException {
        Files.createDirectories(webroot.resolve("uploads"));
        Files.writeString(webroot.resolve("index.html"),
                "<html><body><h1>Peregrine demo shop</h1><a href=\"/files?name=about.html\">about</a></body></html>\n");
        Files.writeString(webroot.resolve("about.html"),
                "<html><body><p>A vulnerable-by-design service. Loopback only.</p></body></html>\n");
        return webroot;
    }
}
