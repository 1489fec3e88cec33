package dev.peregrine.probe.state;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container a process runs in, derived from its cgroup paths as Falco's container matchers do. {@code id} is
 * Falco's {@code container.id}: the first 12 hex digits, or {@code host}.
 *
 * <p>Recognised layouts (cgroup v1 and v2, cgroupfs and systemd drivers): docker {@code /docker/<id>} and
 * {@code docker-<id>.scope}; containerd/CRI {@code cri-containerd-<id>.scope}, {@code ...slice:cri-containerd:<id>}
 * and bare {@code <id>} segments under {@code kubepods}; CRI-O {@code crio-<id>.scope} (and {@code crio-<id>});
 * podman {@code libpod-<id>.scope}. Anything else, including {@code libpod-conmon-*}, is the host.
 */
public record ContainerId(String id, String fullId, String type) {
    public static final ContainerId HOST = new ContainerId("host", "host", "host");

    private static final Pattern ID = Pattern.compile(
        "(/docker/|docker-|cri-containerd[-:]|crio-|libpod-|/)([0-9a-f]{64})(?:\\.scope)?(?=$|/)");

    public boolean isHost() {
        return this == HOST;
    }

    /** Parses the content of {@code /proc/PID/cgroup} (one {@code hierarchy:controllers:path} per line). */
    public static ContainerId fromCgroupFile(String content) {
        for (String line : content.split("\n")) {
            int first = line.indexOf(':');
            int second = first < 0 ? -1 : line.indexOf(':', first + 1);
            if (second < 0) {
                continue;
            }
            ContainerId id = fromCgroupPath(line.substring(second + 1));
            if (!id.isHost()) {
                return id;
            }
        }
        return HOST;
    }

    /** Parses one cgroup path, e.g. {@code /system.slice/docker-<64 hex>.scope}. */
    public static ContainerId fromCgroupPath(String path) {
        Matcher m = ID.matcher(path);
        while (m.find()) {
            String type = typeOf(m.group(1), path);
            if (type != null) {
                String full = m.group(2);
                return new ContainerId(full.substring(0, 12), full, type);
            }
        }
        return HOST;
    }

    private static String typeOf(String prefix, String path) {
        return switch (prefix) {
            case "/docker/", "docker-" -> "docker";
            case "cri-containerd-", "cri-containerd:" -> "containerd";
            case "crio-" -> "cri-o";
            case "libpod-" -> "podman";
            default -> path.contains("kubepods") ? "cri" : null;
        };
    }
}
