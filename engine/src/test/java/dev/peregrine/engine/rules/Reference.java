package dev.peregrine.engine.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/** Falco's public files, kept outside the repository in {@code <repo>/../shared/reference}. */
final class Reference {

    private Reference() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/reference").normalize();
            if (Files.exists(p.resolve("pom.xml")) && Files.isRegularFile(candidate.resolve("falco_rules.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no ../shared/reference above " + Path.of("").toAbsolutePath());
    }

    static RulesFile falcoRules() throws java.io.IOException {
        return RulesFile.read(dir().resolve("falco_rules.yaml"));
    }
}
