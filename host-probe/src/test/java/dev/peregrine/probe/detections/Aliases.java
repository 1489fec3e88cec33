package dev.peregrine.probe.detections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Programs under another name. The kernel names a process (comm, Falco's proc.name) after the file it executed,
 * symbolic link included, so a link called {@code nginx} to python3 runs python as "nginx": how the tests play a
 * web server, sshd or a package manager without installing one. Rules that trust or distrust a program by name are
 * exercised exactly as with the real program.
 */
final class Aliases {

    private Aliases() {
    }

    /** {@code dir/name}, a symbolic link to {@code target}, created once per directory. */
    static Path link(Path dir, String name, String target) throws IOException {
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path link = bin.resolve(name);
        if (!Files.isSymbolicLink(link)) {
            Files.createSymbolicLink(link, Path.of(target));
        }
        return link;
    }
}
