package dev.peregrine.probe.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The ring directory's rules: it must be root's and not a symbolic link, and if everyone may create rings in it
 * (mode 1777, like /tmp), the sticky bit must be set so no user can delete or rename another's ring. Ring names are
 * {@code <pid>.ring}; every other name (the agents' temporary files, strangers) is ignored.
 */
public final class RingDirectory {

    private RingDirectory() {
    }

    /**
     * Creates {@code dir} if missing, as the probe's service would at start: root's, mode 1777 so any user's JVM can
     * create its ring, sticky so none can touch another's. An existing directory is only checked, never changed.
     */
    public static void ensure(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir);
            Files.setAttribute(dir, "unix:mode", 01777, LinkOption.NOFOLLOW_LINKS);
        }
        check(dir);
    }

    static void check(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + ": not a directory (or a symbolic link)");
        }
        int uid = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) Files.getAttribute(dir, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        if (uid != 0) {
            throw new IOException(dir + ": owned by uid " + uid + ", not root");
        }
        if ((mode & 0002) != 0 && (mode & 01000) == 0) {
            throw new IOException(dir + ": writable by everyone without the sticky bit (chmod 1777 " + dir + ")");
        }
    }
}
