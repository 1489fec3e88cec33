package dev.peregrine.probe.detections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A container as the kernel and the probe see it, without a container runtime: a cgroup whose path is a docker
 * container's ({@code /docker/<64 hex>} in a cgroup v1 hierarchy, {@code /docker-<64 hex>.scope} in cgroup v2).
 * While open, the test JVM itself sits in that cgroup, so every child it starts is born there and the probe, which
 * reads a new process's cgroups the first time it meets it, files it under the container's id. Closing moves the
 * JVM back and removes the cgroup (children must have exited by then).
 */
final class FakeContainer implements AutoCloseable {

    private final Path cgroup;
    private final Path home;
    private final Path createdParent;
    final String id;

    private FakeContainer(Path cgroup, Path home, Path createdParent, String fullId) {
        this.cgroup = cgroup;
        this.home = home;
        this.createdParent = createdParent;
        this.id = fullId.substring(0, 12);
    }

    static FakeContainer enter() throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String fullId = HexFormat.of().formatHex(random);
        String pid = Long.toString(ProcessHandle.current().pid());
        Hierarchy h = Hierarchy.find();
        Path parent = h.v2 ? h.mount : h.mount.resolve("docker");
        Path createdParent = null;
        if (!Files.isDirectory(parent)) {
            Files.createDirectory(parent);
            createdParent = parent;
        }
        Path cgroup = h.v2 ? parent.resolve("docker-" + fullId + ".scope") : parent.resolve(fullId);
        Files.createDirectory(cgroup);
        Files.writeString(cgroup.resolve("cgroup.procs"), pid);
        return new FakeContainer(cgroup, h.current, createdParent, fullId);
    }

    /**
     * Runs {@code command} in the container, from a launcher the probe is sure to have met alive: the probe meets a
     * child of the (untraced) test JVM first at its exec and reads its container from /proc then, which a short
     * process may not outlive on a busy machine. The launcher waits on stdin until a barrier proves the daemon has
     * evaluated its exec, then starts the command, whose fork the probe traces and whose container it inherits.
     */
    Run run(LiveDaemon daemon, String... command) throws IOException, InterruptedException {
        StringBuilder argv = new StringBuilder();
        for (String a : command) {
            argv.append(HexFormat.of().formatHex(a.getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        Process launcher = new ProcessBuilder(Run.python(), "-c", LAUNCHER).redirectErrorStream(true).start();
        daemon.barrier();
        launcher.getOutputStream().write(argv.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        launcher.getOutputStream().close();
        String out = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
            throw new AssertionError("launcher did not finish: " + List.of(command));
        }
        return new Run(launcher.pid(), launcher.exitValue(), out);
    }

    /** Reads one hex-encoded argument per line up to an empty line, runs them, exits with their status. */
    private static final String LAUNCHER = """
            import subprocess, sys
            argv = []
            for line in sys.stdin:
                line = line.strip()
                if not line:
                    break
                argv.append(bytes.fromhex(line).decode())
            sys.exit(subprocess.run(argv).returncode)
            """;

    @Override
    public void close() throws IOException {
        Files.writeString(home.resolve("cgroup.procs"), Long.toString(ProcessHandle.current().pid()));
        Files.delete(cgroup); // rmdir: a cgroup directory is removed empty of files by the kernel
        if (createdParent != null) {
            Files.delete(createdParent);
        }
    }

    /** A cgroup hierarchy we may create groups in: cgroup v1's pids controller if mounted, else the v2 one. */
    private record Hierarchy(Path mount, Path current, boolean v2) {
        static Hierarchy find() throws IOException {
            Path v1 = null;
            Path v2 = null;
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                String[] halves = line.split(" - ", 2);
                String[] left = halves[0].split(" ");
                String[] right = halves.length > 1 ? halves[1].split(" ") : new String[0];
                if (right.length < 3) {
                    continue;
                }
                if (right[0].equals("cgroup") && (","+ right[2] + ",").contains(",pids,")) {
                    v1 = Path.of(left[4]);
                } else if (right[0].equals("cgroup2") && v2 == null) {
                    v2 = Path.of(left[4]);
                }
            }
            boolean useV2 = v1 == null;
            Path mount = useV2 ? v2 : v1;
            if (mount == null) {
                throw new IllegalStateException("no cgroup hierarchy to make a container cgroup in");
            }
            return new Hierarchy(mount, mount.resolve(ownPath(useV2).substring(1)), useV2);
        }

        /** This process's path in the hierarchy, from /proc/self/cgroup ("N:pids:/path" or "0::/path"). */
        private static String ownPath(boolean v2) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                String[] parts = line.split(":", 3);
                if (parts.length == 3 && (v2 ? parts[0].equals("0") && parts[1].isEmpty()
                        : (","+ parts[1] + ",").contains(",pids,"))) {
                    return parts[2];
                }
            }
            throw new IllegalStateException("this process is in no " + (v2 ? "cgroup v2" : "pids") + " cgroup");
        }
    }
}
