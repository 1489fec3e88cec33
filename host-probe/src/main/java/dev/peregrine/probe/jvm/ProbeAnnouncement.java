package dev.peregrine.probe.jvm;

import dev.peregrine.engine.transport.RingLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tells agents in {@code mode=auto} that a probe reads the directory: {@link RingLayout#PROBE_FILE} with this
 * process's pid and start time, mode 0644. Written to a fresh temporary name (O_EXCL, which never follows a link
 * planted there) and renamed into place, replacing whatever a user may have put under that name. Its modification
 * time is refreshed every second ({@link #refresh}): JVMs in a container's PID namespace cannot check the pid, and
 * go by the file's age instead.
 */
final class ProbeAnnouncement {

    private ProbeAnnouncement() {
    }

    static void write(Path dir) throws IOException {
        long pid = ProcessHandle.current().pid();
        String text = pid + " " + ProcIdentity.startTime(pid) + "\n";
        Path tmp = dir.resolve(RingLayout.PROBE_FILE + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(tmp, dir.resolve(RingLayout.PROBE_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Sets the file's modification time to now (every second while the probe runs): a JVM in a container cannot
     * see the probe's pid, so the file's age tells it that a probe reads the directory. Times of a link are never
     * followed; a file that is missing, not a regular file or not root's is written anew.
     */
    static void refresh(Path dir) {
        Path file = dir.resolve(RingLayout.PROBE_FILE);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS) != 0) {
                write(dir);
                return;
            }
            Files.getFileAttributeView(file, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(FileTime.fromMillis(System.currentTimeMillis()), null, null);
        } catch (IOException | RuntimeException e) {
            // the next refresh tries again; meanwhile containers' JVMs in auto mode may use their embedded engine
        }
    }

    static void remove(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(RingLayout.PROBE_FILE));
        } catch (IOException e) {
            // the next probe replaces it; a stale file names a dead process, which agents ignore
        }
    }

}
