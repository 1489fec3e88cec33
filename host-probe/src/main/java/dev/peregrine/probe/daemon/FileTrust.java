package dev.peregrine.probe.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The daemon runs as root and its rules decide what is reported: a rules or configuration file that someone else
 * could write, or a symbolic link that someone could re-point, would let them blind it. Such files are refused with
 * the reason, before being read.
 */
final class FileTrust {

    private static final int SELF_UID = selfUid();

    private FileTrust() {
    }

    /** Throws, naming the file and the problem, unless {@code file} is a regular file we may trust. */
    static void check(Path file) throws IOException {
        PosixFileAttributes a;
        int owner;
        try {
            a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            owner = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing to check against
        }
        if (a.isSymbolicLink()) {
            throw new IOException(file + ": is a symbolic link; give the real path (" + file.toRealPath() + ")");
        }
        if (!a.isRegularFile()) {
            throw new IOException(file + ": not a regular file");
        }
        if (owner != 0 && owner != SELF_UID) {
            throw new IOException(file + ": owned by uid " + owner + ", neither root nor us: refusing to trust it"
                    + " (chown root " + file + ")");
        }
        Set<PosixFilePermission> mode = a.permissions();
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException(file + ": writable by group or others: refusing to trust it (chmod go-w " + file
                    + ")");
        }
    }

    private static int selfUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }
}
