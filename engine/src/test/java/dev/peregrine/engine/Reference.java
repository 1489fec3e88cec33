package dev.peregrine.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared Falco reference data, found as {@code <repo>/../shared/reference} from the module or repo directory. */
public final class Reference {

    private Reference() {
    }

    public static Path dir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("reference");
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(candidate)
                    && Files.isRegularFile(p.resolve("engine").resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no ../shared/reference next to the repository above " + here);
    }

    public static Path falcoRules() {
        return dir().resolve("falco_rules.yaml");
    }
}
