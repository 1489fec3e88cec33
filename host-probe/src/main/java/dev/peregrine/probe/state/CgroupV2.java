package dev.peregrine.probe.state;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cgroup v2 hierarchy as the kernel names it to BPF: {@code bpf_get_current_cgroup_id()} is the id of the
 * task's cgroup in the unified hierarchy, which is the inode number of that cgroup's directory in the cgroup2 file
 * system. This class turns such an id back into a path (so a {@link ContainerId}) and reads the id of a process
 * from its {@code /proc/PID/cgroup} line {@code 0::/path}.
 *
 * <p>Works on pure v2 hosts (cgroup2 at {@code /sys/fs/cgroup}) and hybrid ones (at {@code /sys/fs/cgroup/unified});
 * without a cgroup2 mount every id is 0 and nothing here is used. The mount is found in the probe's own mountinfo,
 * written by the kernel. Scans happen only for an id no live process explained and are cached (bounded).
 */
public final class CgroupV2 {
    private static final int MAX_DEPTH = 12;
    private static final int CACHE_LIMIT = 4096;

    private final Path root;
    private final Map<Long, ContainerId> scanned = new HashMap<>();
    private long scans;

    CgroupV2(Path root) {
        this.root = root;
    }

    /** The cgroup2 mount named in {@code <proc>/self/mountinfo}; none when there is none (or no such file). */
    static CgroupV2 fromMountinfo(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("self/mountinfo"))) {
                int dash = line.indexOf(" - ");
                String[] fields = line.split(" ");
                if (dash > 0 && line.startsWith("cgroup2 ", dash + 3) && fields.length > 4) {
                    return new CgroupV2(Path.of(fields[4]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no mountinfo (a test's fake /proc) or unreadable: no v2 hierarchy
        }
        return new CgroupV2(null);
    }

    /** The v2 cgroup id of a process from the content of its {@code /proc/PID/cgroup}; 0 when unknown. */
    long idOf(String cgroupFile) {
        if (root == null || cgroupFile == null) {
            return 0;
        }
        for (String line : cgroupFile.split("\n")) {
            if (line.startsWith("0::/")) {
                return inode(root.resolve(line.substring(4)));
            }
        }
        return 0;
    }

    /** The container of the cgroup with id {@code id}, found by its directory; {@code null} when not found. */
    ContainerId containerOf(long id) {
        if (root == null || id == 0) {
            return null;
        }
        ContainerId known = scanned.get(id);
        if (known != null || scanned.containsKey(id)) {
            return known;
        }
        if (scanned.size() >= CACHE_LIMIT) {
            scanned.clear();
        }
        Path dir = find(id);
        ContainerId c = dir == null ? null : ContainerId.fromCgroupPath("/" + root.relativize(dir));
        scanned.put(id, c);
        return c;
    }

    /** The cgroup2 mount point, or {@code null}. */
    public Path root() {
        return root;
    }

    /** How many times the hierarchy was walked (for tests and metrics). */
    long scans() {
        return scans;
    }

    private Path find(long id) {
        scans++;
        Path[] found = new Path[1];
        try {
            // walkFileTree does not follow symbolic links unless asked to: only directories the kernel made.
            Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (attrs.fileKey() != null && inode(dir) == id) {
                        found[0] = dir;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // a cgroup removed while we walk
                }
            });
        } catch (IOException e) {
            return null;
        }
        return found[0];
    }

    private static long inode(Path dir) {
        try {
            return ((Number) Files.getAttribute(dir, "unix:ino")).longValue();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
