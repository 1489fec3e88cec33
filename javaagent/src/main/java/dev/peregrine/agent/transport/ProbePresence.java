package dev.peregrine.agent.transport;

import dev.peregrine.agent.capture.PidNamespace;
import dev.peregrine.engine.transport.ProcStartTime;
import dev.peregrine.engine.transport.RingLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Whether a host probe is running and reading the ring directory, from its {@link RingLayout#PROBE_FILE}. The file
 * must be root's and not writable by others, so no other user can pretend a probe runs and make JVMs in
 * {@code auto} mode send their events where no one reads them. Then:
 * <ul>
 *   <li>in the initial PID namespace, the file must name a live process (pid and start time);</li>
 *   <li>in a container's PID namespace the probe's pid is not visible (or is another process's), so the file must
 *       be fresh instead: the probe sets its modification time every second while it reads the directory, and only
 *       root can set the times of a root-owned file that others cannot write. A probe that stopped or crashed
 *       leaves a file older than {@link #FRESH_MILLIS}.</li>
 * </ul>
 */
final class ProbePresence {

    /** How old the announcement of a probe may be, seen from a container (the probe refreshes it every second). */
    static final long FRESH_MILLIS = 5_000;

    private ProbePresence() {
    }

    static boolean running(Path dir) {
        return running(dir, PidNamespace.initial(PidNamespace.inode()), System.currentTimeMillis());
    }

    static boolean running(Path dir, boolean initialNamespace, long nowMillis) {
        Path file = dir.resolve(RingLayout.PROBE_FILE);
        try {
            PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            int owner = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || owner != 0 || a.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    || a.permissions().contains(PosixFilePermission.OTHERS_WRITE) || a.size() > 64) {
                return false;
            }
            if (!initialNamespace) {
                long age = nowMillis - a.lastModifiedTime().toMillis();
                return age >= -FRESH_MILLIS && age <= FRESH_MILLIS;
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
