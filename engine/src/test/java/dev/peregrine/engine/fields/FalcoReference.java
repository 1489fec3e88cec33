package dev.peregrine.engine.fields;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository and the shared Falco reference files from a test's working directory (a module). */
final class FalcoReference {

    private FalcoReference() {
    }

    /** The repository root: the nearest directory upwards holding {@code mvnw}. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** A file under {@code <repo>/../shared/reference}; fails loudly when it is missing. */
    static Path file(String name) {
        Path path = repoRoot().resolve("../shared/reference").resolve(name).normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("reference file missing: " + path);
        }
        return path;
    }
}
