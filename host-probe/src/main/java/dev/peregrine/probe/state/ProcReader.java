package dev.peregrine.probe.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@code /proc/PID} tells about a process into a {@link ProcessInfo}. Used to seed the table at start and
 * to fill in, once, processes and threads whose creation we did not see. {@code /proc} is written by the kernel, so
 * it is trusted; a process that exits while being read yields {@code null}, not an exception.
 */
public final class ProcReader {
    /** USER_HZ: the unit of stat's start time. 100 on every Linux ABI we target (x86-64, arm64). */
    private static final long TICK_NANOS = 10_000_000L;

    private final Path proc;
    private final long bootNanos;
    private final CgroupV2 cgroups;

    public ProcReader(Path procRoot) {
        this.proc = procRoot;
        this.bootNanos = readBootNanos(procRoot);
        this.cgroups = CgroupV2.fromMountinfo(procRoot);
    }

    public static ProcReader system() {
        return new ProcReader(Path.of("/proc"));
    }

    Path root() {
        return proc;
    }

    /** The cgroup v2 hierarchy this reader resolves cgroup ids in. */
    public CgroupV2 cgroups() {
        return cgroups;
    }

    /** Reads thread group {@code pid}, or returns {@code null} when it does not exist (any more). */
    public ProcessInfo read(int pid) {
        Path dir = proc.resolve(Integer.toString(pid));
        try {
            ProcStat stat = ProcStat.parse(text(dir.resolve("stat")));
            ProcessInfo p = new ProcessInfo(pid);
            p.comm = stat.comm();
            p.ppid = stat.ppid();
            p.pgid = stat.pgid();
            p.sid = stat.sid();
            p.tty = stat.ttyNr();
            p.liveThreads = Math.max(1, stat.threads());
            p.startNanos = bootNanos + stat.startTicks() * TICK_NANOS;
            p.exePath = readLink(dir.resolve("exe"));
            p.cwd = readLink(dir.resolve("cwd"));
            List<String> argv = cmdline(dir);
            p.setCommand(argv.isEmpty() ? p.comm : argv.get(0), argv.isEmpty() ? List.of() : argv.subList(1, argv.size()));
            readStatus(dir, p);
            p.loginUid = parseLoginUid(readOrNull(dir.resolve("loginuid")));
            String cgroup = readOrNull(dir.resolve("cgroup"));
            p.container = cgroup == null ? ContainerId.HOST : ContainerId.fromCgroupFile(cgroup);
            p.cgroupId = cgroups.idOf(cgroup);
            return p;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The container of thread group {@code pid}, which an exec record reports in the v2 cgroup {@code cgroupId}:
     * read from its {@code /proc/PID/cgroup} while it is still there and in that cgroup, else found by the id.
     * {@code null} when neither tells.
     */
    public ContainerId containerOf(int pid, long cgroupId) {
        String cgroup = readOrNull(proc.resolve(pid + "/cgroup"));
        if (cgroup != null && cgroups.idOf(cgroup) == cgroupId) {
            return ContainerId.fromCgroupFile(cgroup);
        }
        return cgroups.containerOf(cgroupId);
    }

    /** The thread group of thread {@code tid} (the Tgid line of its status), or -1 when the thread is gone. */
    public int tgidOf(int tid) {
        String status = readOrNull(proc.resolve(tid + "/status"));
        if (status == null) {
            return -1;
        }
        for (String line : status.split("\n")) {
            if (line.startsWith("Tgid:")) {
                return Integer.parseInt(line.substring(5).trim());
            }
        }
        return -1;
    }

    /** Re-reads credentials and capabilities, which set*id and exec of set-id binaries change. */
    public boolean refreshCredentials(ProcessInfo p) {
        try {
            readStatus(proc.resolve(Integer.toString(p.tgid)), p);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The current directory of thread {@code tid}, or {@code null}. */
    public String cwd(int tid) {
        return readLink(proc.resolve(tid + "/cwd"));
    }

    /** The current parent of {@code pid} (after reparenting), or 0 when it is gone. */
    public int currentPpid(int pid) {
        String stat = readOrNull(proc.resolve(pid + "/stat"));
        return stat == null ? 0 : ProcStat.parse(stat).ppid();
    }

    /** Lists the numeric entries of {@code /proc}: the thread groups alive now. */
    public int[] pids() {
        try (var dir = Files.newDirectoryStream(proc)) {
            List<Integer> out = new ArrayList<>();
            for (Path p : dir) {
                String n = p.getFileName().toString();
                if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
                    out.add(Integer.parseInt(n));
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        } catch (IOException e) {
            return new int[0];
        }
    }

    private static void readStatus(Path dir, ProcessInfo p) throws IOException {
        long eff = 0;
        long prm = 0;
        long inh = 0;
        for (String line : text(dir.resolve("status")).split("\n")) {
            if (line.startsWith("Uid:")) {
                String[] f = line.substring(4).trim().split("\\s+");
                p.uid = Integer.parseUnsignedInt(f[0]);
                p.euid = Integer.parseUnsignedInt(f[1]);
            } else if (line.startsWith("Gid:")) {
                String[] f = line.substring(4).trim().split("\\s+");
                p.gid = Integer.parseUnsignedInt(f[0]);
                p.egid = Integer.parseUnsignedInt(f[1]);
            } else if (line.startsWith("CapEff:")) {
                eff = Long.parseUnsignedLong(line.substring(7).trim(), 16);
            } else if (line.startsWith("CapPrm:")) {
                prm = Long.parseUnsignedLong(line.substring(7).trim(), 16);
            } else if (line.startsWith("CapInh:")) {
                inh = Long.parseUnsignedLong(line.substring(7).trim(), 16);
            }
        }
        p.setCaps(eff, prm, inh);
    }

    private static List<String> cmdline(Path dir) throws IOException {
        byte[] raw = Files.readAllBytes(dir.resolve("cmdline"));
        List<String> argv = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                argv.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            argv.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
        }
        return argv;
    }

    static int parseLoginUid(String text) {
        if (text == null || text.isBlank()) {
            return ProcessInfo.NO_LOGINUID;
        }
        long v = Long.parseLong(text.trim());
        return v == 4294967295L ? ProcessInfo.NO_LOGINUID : (int) v;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Decodes leniently: comm and paths are bytes, not necessarily valid UTF-8. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String readOrNull(Path file) {
        try {
            return text(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long readBootNanos(Path proc) {
        String stat = readOrNull(proc.resolve("stat"));
        if (stat != null) {
            for (String line : stat.split("\n")) {
                if (line.startsWith("btime ")) {
                    return Long.parseLong(line.substring(6).trim()) * 1_000_000_000L;
                }
            }
        }
        return 0;
    }
}
