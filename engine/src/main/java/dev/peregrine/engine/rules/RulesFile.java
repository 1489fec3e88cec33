package dev.peregrine.engine.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The text of one rules file; {@code name} is what diagnostics print (usually the path as the user gave it). */
public record RulesFile(String name, String content) {

    public RulesFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    public static RulesFile read(Path path) throws IOException {
        return new RulesFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }
}
