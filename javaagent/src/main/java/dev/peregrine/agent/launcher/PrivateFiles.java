package dev.peregrine.agent.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A private directory for the jars the agent extracts from itself: created fresh ({@code mkdtemp}-like, random
 * name) with mode 0700, files created new (never opened if they exist, never through a symlink) with mode 0600. No
 * other local user can read, replace or race them, which matters because the bootstrap loader will trust the
 * bridge jar's classes. Deleted when the JVM exits.
 */
final class PrivateFiles {

    private final Path dir;

    private PrivateFiles(Path dir) {
        this.dir = dir;
    }

    static PrivateFiles create() throws IOException {
        Path dir = Files.createTempDirectory("peregrine-agent-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        dir.toFile().deleteOnExit();
        return new PrivateFiles(dir);
    }

    /** Copies {@code entry} of {@code jar} to a new 0600 file in the private directory. */
    Path extract(Path jar, String entry) throws IOException {
        Path target = dir.resolve(entry.substring(entry.lastIndexOf('/') + 1));
        Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        target.toFile().deleteOnExit();
        try (JarFile jf = new JarFile(jar.toFile())) {
            ZipEntry ze = jf.getEntry(entry);
            if (ze == null) {
                throw new IOException(jar + " has no " + entry + ": not a Peregrine agent jar");
            }
            try (InputStream in = jf.getInputStream(ze);
                 OutputStream out = Files.newOutputStream(target, LinkOption.NOFOLLOW_LINKS,
                         StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
        }
        return target;
    }
}
