package dev.peregrine.bench.correlation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The benchmark's working directory (ring files, rules, the daemon's ring directory), usually under /tmp. The
 * latency part runs as root and hands the rules in it to the daemon, so a directory someone else planted there (or a
 * symbolic link) is refused rather than used.
 */
final class WorkDir {

    private WorkDir() {
    }

    static Path prepare(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir.getParent());
            return Files.createDirectory(dir,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + ": not a directory (or a symbolic link): remove it or pass --work");
        }
        int owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int me = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        if (owner != me) {
            throw new IOException(dir + ": owned by uid " + owner + ", not by us (uid " + me + "): remove it or pass --work");
        }
        return dir;
    }
}
