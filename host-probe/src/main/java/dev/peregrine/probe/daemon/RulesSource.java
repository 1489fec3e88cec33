package dev.peregrine.probe.daemon;

import dev.peregrine.engine.rules.RulesFile;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the daemon's rules come from, read again at every reload so that SIGHUP picks up edited files. Named paths
 * load in order; a directory contributes its {@code *.yaml} and {@code *.yml} files in name order (Falco's
 * {@code rules_files} semantics); no path at all means the built-in default rules.
 */
@FunctionalInterface
public interface RulesSource {

    /** The files' contents, in load order; the exception's message names the file and what is wrong. */
    List<RulesFile> read() throws IOException;

    /** {@code paths} in order, or {@code defaults} when there are none. Every file is checked by {@link FileTrust}. */
    static RulesSource of(List<Path> paths, Supplier<List<RulesFile>> defaults) {
        List<Path> copy = List.copyOf(paths);
        return () -> copy.isEmpty() ? defaults.get() : readAll(copy);
    }

    private static List<RulesFile> readAll(List<Path> paths) throws IOException {
        List<RulesFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> entries = Files.list(path)) {
                    for (Path p : entries.filter(RulesSource::isYaml).sorted().toList()) {
                        files.add(read(p));
                    }
                }
            } else {
                files.add(read(path));
            }
        }
        return files;
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static RulesFile read(Path path) throws IOException {
        FileTrust.check(path);
        try {
            return RulesFile.read(path);
        } catch (MalformedInputException e) {
            throw new IOException(path + ": not UTF-8 text");
        }
    }
}
