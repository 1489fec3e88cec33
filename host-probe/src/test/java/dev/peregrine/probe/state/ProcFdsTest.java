package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lazy fd fill from the real {@code /proc/self/fd} of this JVM. */
class ProcFdsTest {
    static final int PID = (int) ProcessHandle.current().pid();
    final ProcFds procFds = new ProcFds(Path.of("/proc"));

    @TempDir
    Path dir;

    @Test
    void listeningLoopbackServerSocketIsIpv4WithServerAddress() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = server.getLocalPort();
            FdInfo fd = findFd(f -> f.tuple() != null && f.tuple().localPort() == port && !f.tuple().connected());
            assertEquals(FdType.IPV4, fd.type(), "a JDK dual-stack socket bound to 127.0.0.1 is IPv4 (mapped)");
            assertEquals("127.0.0.1:" + port, fd.name());
            assertEquals("tcp", fd.l4proto());
            assertEquals("127.0.0.1", fd.tuple().serverIp());
            assertEquals(port, fd.tuple().serverPort());
            assertNull(fd.tuple().clientIp());
            // The JDK does not set O_CLOEXEC on sockets (its launcher closes fds in the child instead): fdinfo
            // reports flags 02, so the fd must survive a (hypothetical) exec in our model.
            assertFalse(fd.cloexec());
        }
    }

    @Test
    void connectedSocketsKnowWhichSideIsTheServer() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             Socket client = new Socket("127.0.0.1", server.getLocalPort());
             Socket accepted = server.accept()) {
            int sport = server.getLocalPort();
            int cport = client.getLocalPort();
            String expected = "127.0.0.1:" + cport + "->127.0.0.1:" + sport;

            FdInfo clientFd = findFd(f -> f.tuple() != null && f.tuple().localPort() == cport);
            assertEquals(expected, clientFd.name());
            assertFalse(clientFd.tuple().localIsServer());

            FdInfo acceptedFd = findFd(f -> f.tuple() != null && f.tuple().connected()
                && f.tuple().localPort() == sport && f.tuple().remotePort() == cport);
            assertEquals(expected, acceptedFd.name(), "fd.name is client->server from both ends");
            assertTrue(acceptedFd.tuple().localIsServer());
            assertEquals(sport, acceptedFd.tuple().serverPort());
            assertEquals(cport, acceptedFd.tuple().clientPort());
        }
    }

    @Test
    void regularFileAndDirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("data.txt"), "x");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            FdInfo fd = findFd(f -> file.toString().equals(f.name()));
            assertEquals(FdType.FILE, fd.type());
            assertEquals(dir.toString(), fd.directory());
            assertEquals("data.txt", fd.filename());
        }
    }

    @Test
    void goneFdIsNull() {
        assertNull(procFds.read(PID, 1_000_000));
        assertNull(procFds.read(Integer.MAX_VALUE - 1, 0));
    }

    @Test
    void memfdNameDropsTheDeletedSuffix() {
        assertEquals("memfd:payload", ProcFds.memfdName("/memfd:payload (deleted)"));
    }

    private FdInfo findFd(Predicate<FdInfo> wanted) throws Exception {
        List<FdInfo> seen = new ArrayList<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path p : (Iterable<Path>) fds::iterator) {
                FdInfo info = procFds.read(PID, Integer.parseInt(p.getFileName().toString()));
                if (info != null) {
                    seen.add(info);
                    if (wanted.test(info)) {
                        return info;
                    }
                }
            }
        }
        throw new AssertionError("no matching fd among " + seen);
    }

    @Test
    void hostStateCachesTheLazyFill() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            HostState state = new HostState(new ProcessTable(64, ProcReader.system()), UserTable.system(), procFds);
            ProcessInfo me = state.processes().resolve(PID);
            assertNotNull(me);
            int fdNum = -1;
            try (var fds = Files.list(Path.of("/proc/self/fd"))) {
                for (Path p : (Iterable<Path>) fds::iterator) {
                    int n = Integer.parseInt(p.getFileName().toString());
                    FdInfo f = procFds.read(PID, n);
                    if (f != null && f.tuple() != null && f.tuple().localPort() == server.getLocalPort()) {
                        fdNum = n;
                    }
                }
            }
            assertTrue(fdNum >= 0);
            FdInfo first = state.fd(me, fdNum);
            assertEquals(FdType.IPV4, first.type());
            long reads = state.lazyFdReads();
            assertEquals(first, state.fd(me, fdNum));
            assertEquals(reads, state.lazyFdReads(), "second lookup served from the fd table");
        }
    }
}
