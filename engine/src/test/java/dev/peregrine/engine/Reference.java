package dev.peregrine.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository and Falco's public reference files, which stay outside it in
 * {@code <repo>/../shared/reference}, from a test's working directory (a module directory under Maven).
 */
public final class Reference {

    private Reference() {
    }

    /** The repository root: the nearest directory upwards holding {@code mvnw}. */
    public static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isRegularFile(p.resolve("engine/pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository (mvnw, engine/pom.xml) above " + here);
    }

    /** {@code <repo>/../shared/reference}; fails loudly when it is missing. */
    public static Path dir() {
        Path dir = repoRoot().resolveSibling("shared").resolve("reference");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no ../shared/reference next to the repository: " + dir);
        }
        return dir;
    }

    /** A file of the reference directory; fails loudly when it is missing. */
    public static Path file(String name) {
        Path path = dir().resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("reference file missing: " + path);
        }
        return path;
    }

    public static Path falcoRules() {
        return file("falco_rules.yaml");
    }
}
