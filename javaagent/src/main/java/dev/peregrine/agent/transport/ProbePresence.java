package dev.peregrine.agent.transport;

import dev.peregrine.engine.transport.ProcStartTime;
import dev.peregrine.engine.transport.RingLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Whether a host probe is running and reading the ring directory: its {@link RingLayout#PROBE_FILE} names a live
 * process (pid and start time). The file must be root's and not writable by others, so no other user can pretend a
 * probe runs and make JVMs in {@code auto} mode send their events where no one reads them.
 */
final class ProbePresence {

    private ProbePresence() {
    }

    static boolean running(Path dir) {
        Path file = dir.resolve(RingLayout.PROBE_FILE);
        try {
            PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            int owner = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || owner != 0 || a.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    || a.permissions().contains(PosixFilePermission.OTHERS_WRITE) || a.size() > 64) {
                return false;
            }
            String[] f = Files.readString(file).trim().split(" ");
            long pid = Long.parseLong(f[0]);
            long start = Long.parseLong(f[1]);
            return start >= 0 && ProcStartTime.parse(Files.readString(Path.of("/proc/" + pid + "/stat"))) == start;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
