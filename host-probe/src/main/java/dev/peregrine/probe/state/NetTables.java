package dev.peregrine.probe.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds a socket by inode in a process's {@code /proc/PID/net/*} tables (its own network namespace) and turns it
 * into an {@link FdInfo}. Used only for fds whose creation we did not see, so it favours simplicity over speed: each
 * lookup re-reads the tables.
 *
 * <p>The kernel prints IPv4 addresses as the raw 32-bit value in host byte order (little-endian here) and IPv6 as
 * four such words; ports are plain hex numbers. Which side of a connected TCP socket is the server is not in the
 * table; as Falco does, the side whose port has a listening socket in the same table is taken as the server.
 */
final class NetTables {
    private static final String[][] IP_TABLES = {
        {"tcp", "tcp", "4"}, {"tcp6", "tcp", "6"}, {"udp", "udp", "4"}, {"udp6", "udp", "6"},
        {"raw", "raw", "4"}, {"raw6", "raw", "6"},
    };

    private NetTables() {
    }

    static FdInfo find(Path netDir, long inode, boolean cloexec) {
        String ino = Long.toString(inode);
        for (String[] t : IP_TABLES) {
            String table = read(netDir.resolve(t[0]));
            if (table == null) {
                continue;
            }
            Set<Integer> listening = new HashSet<>();
            String[] match = null;
            for (String line : table.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10 || !f[0].endsWith(":")) {
                    continue;
                }
                if (f[3].equals("0A")) {
                    listening.add(port(f[1]));
                }
                if (f[9].equals(ino)) {
                    match = f;
                }
            }
            if (match != null) {
                return ipSocket(match, t[1], t[2].equals("6"), listening, cloexec);
            }
        }
        String unix = unixPath(netDir, ino);
        if (unix != null) {
            return FdInfo.other(FdType.UNIX, unix, cloexec);
        }
        if (inTable(read(netDir.resolve("netlink")), ino, 9)) {
            return FdInfo.other(FdType.NETLINK, "", cloexec);
        }
        return null;
    }

    private static FdInfo ipSocket(String[] f, String proto, boolean v6, Set<Integer> listening, boolean cloexec) {
        String lip = address(f[1], v6);
        String rip = address(f[2], v6);
        int lport = port(f[1]);
        int rport = port(f[2]);
        boolean unconnected = rport == 0 && (rip.equals("0.0.0.0") || rip.equals("::"));
        boolean v4 = !v6 || lip.indexOf(':') < 0;
        SocketTuple tuple = unconnected
            ? new SocketTuple(lip, lport, null, 0, true)
            : new SocketTuple(lip, lport, rip, rport, listening.contains(lport));
        return FdInfo.socket(v4 ? FdType.IPV4 : FdType.IPV6, tuple, proto, cloexec);
    }

    static int port(String addrPort) {
        return Integer.parseInt(addrPort.substring(addrPort.indexOf(':') + 1), 16);
    }

    static String address(String addrPort, boolean v6) {
        String hex = addrPort.substring(0, addrPort.indexOf(':'));
        if (!v6) {
            return IpText.ipv4(Integer.reverseBytes((int) Long.parseLong(hex, 16)));
        }
        long[] half = new long[2];
        for (int w = 0; w < 4; w++) {
            long word = Integer.reverseBytes((int) Long.parseLong(hex.substring(w * 8, w * 8 + 8), 16)) & 0xffffffffL;
            half[w / 2] |= word << (w % 2 == 0 ? 32 : 0);
        }
        return IpText.ipv6(half[0], half[1]);
    }

    private static String unixPath(Path netDir, String ino) {
        String table = read(netDir.resolve("unix"));
        if (table == null) {
            return null;
        }
        for (String line : table.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 7 && f[6].equals(ino)) {
                return f.length >= 8 ? f[7] : "";
            }
        }
        return null;
    }

    private static boolean inTable(String table, String ino, int column) {
        if (table == null) {
            return false;
        }
        for (String line : table.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length > column && f[column].equals(ino)) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
