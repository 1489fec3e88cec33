package dev.peregrine.probe.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * The probe runs as root and must not be steered by files others can write. A configuration file is read only if
 * it is a regular file (not a symlink), owned by root or by the user running the probe, and not writable by group or
 * others.
 */
final class TrustedFiles {
    private static final int SELF_UID = selfUid();

    private TrustedFiles() {
    }

    /** Null when {@code file} may be read, otherwise why not. */
    static String problem(Path file) {
        try {
            PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return file + " is not a regular file";
            }
            int owner = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (owner != 0 && owner != SELF_UID) {
                return file + " is owned by uid " + owner + ", neither root nor us";
            }
            if (a.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || a.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
                return file + " is writable by group or others";
            }
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return file + " cannot be inspected: " + e.getMessage();
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
