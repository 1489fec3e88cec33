package dev.peregrine.probe.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peregrine.engine.event.Accessor;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fd.* after socket, connect, accept, dup2, open and bind records, as Falco's rules read them. */
class FdFieldsTest {
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int PID = 300;

    @TempDir
    Path dir;
    Harness h;

    @BeforeEach
    void process() throws Exception {
        h = new Harness(dir);
        h.feed(FakeRecord.fork(1, PID));
        FakeRecord exec = FakeRecord.exec(PID, "/usr/bin/nc", "nc", "10.0.0.9", "4444");
        exec.cwd = "/srv";
        h.feed(exec);
    }

    @Test
    void reverseShellConnectThenDup2() {
        h.feed(FakeRecord.call("socket", PID, 3, AF_INET, SOCK_STREAM, 0));
        assertEquals("ipv4", h.value("fd.type"));
        assertEquals("", h.value("fd.name"));

        h.feed(FakeRecord.call("connect", PID, 0, 3).sockaddr(AF_INET, "10.0.0.9", 4444)
            .socket(AF_INET, SOCK_STREAM, "192.168.1.5", 51234, "10.0.0.9", 4444));
        assertEquals("192.168.1.5:51234->10.0.0.9:4444", h.value("fd.name"));
        assertEquals("10.0.0.9", h.value("fd.sip"));
        assertEquals(4444L, h.value("fd.sport"));
        assertEquals("192.168.1.5", h.value("fd.cip"));
        assertEquals(51234L, h.value("fd.cport"));
        assertEquals("192.168.1.5", h.value("fd.lip"));
        assertEquals(4444L, h.value("fd.rport"));
        assertEquals(51234L, h.value("fd.lport"));
        assertEquals("tcp", h.value("fd.l4proto"));
        assertEquals("4", h.value("fd.typechar"));
        assertEquals("ip", h.value("fd.sockfamily"));
        assertEquals(Boolean.FALSE, h.value("fd.is_server"));
        assertEquals(Boolean.TRUE, h.value("fd.connected"));
        assertEquals(Boolean.TRUE, h.value("fd.name_changed"));
        assertEquals(3L, h.value("fd.num"));
        assertEquals("SUCCESS", h.value("evt.res"));
        assertEquals("192.168.1.5:51234->10.0.0.9:4444", h.value("evt.arg.tuple"));
        assertEquals("10.0.0.9", h.value("fd.ip"), "either end in Falco; the server here");

        for (int std = 0; std <= 2; std++) {
            h.feed(FakeRecord.call("dup2", PID, std, 3, std));
            assertEquals((long) std, h.value("evt.rawres"));
            assertEquals((long) std, h.value("fd.num"));
            assertEquals("192.168.1.5:51234->10.0.0.9:4444", h.value("fd.name"));
            assertEquals("ipv4", h.value("fd.type"));
            assertEquals("10.0.0.9", h.value("fd.sip"));
        }
        assertEquals("3(<4>192.168.1.5:51234->10.0.0.9:4444)", h.value("evt.arg.oldfd"));
        assertEquals(java.util.List.of("ipv4"), h.value("fd.types[0]"), "stdin is now the socket");
        assertEquals(java.util.List.of("ipv4"), h.value("fd.types"), "all known fds are that socket");
    }

    @Test
    void acceptedConnectionHasTheLocalSideAsServer() {
        h.feed(FakeRecord.call("socket", PID, 4, AF_INET6, SOCK_STREAM, 0));
        h.feed(FakeRecord.call("bind", PID, 0, 4).sockaddr(AF_INET6, "0:0:0:0:0:0:0:0", 8080)
            .socket(AF_INET6, SOCK_STREAM, "0:0:0:0:0:0:0:0", 8080, "0:0:0:0:0:0:0:0", 0));
        assertEquals(":::8080", h.value("fd.name"), "a bound socket is named by its address, IPv6 unbracketed");
        assertEquals("ipv6", h.value("fd.type"));
        assertEquals(Boolean.TRUE, h.value("fd.is_server"));
        h.feed(FakeRecord.call("listen", PID, 0, 4, 128)
            .socket(AF_INET6, SOCK_STREAM, "0:0:0:0:0:0:0:0", 8080, "0:0:0:0:0:0:0:0", 0));
        assertEquals("128", h.value("evt.arg.backlog"));

        h.feed(FakeRecord.call("accept4", PID, 5, 4, 0, 0, 02000000)
            .socket(AF_INET6, SOCK_STREAM, "::ffff:127.0.0.1", 8080, "::ffff:127.0.0.1", 40312));
        assertEquals("127.0.0.1:40312->127.0.0.1:8080", h.value("fd.name"), "client->server, IPv4-mapped as IPv4");
        assertEquals("ipv4", h.value("fd.type"));
        assertEquals("127.0.0.1", h.value("fd.sip"));
        assertEquals(8080L, h.value("fd.sport"));
        assertEquals(40312L, h.value("fd.cport"));
        assertEquals(40312L, h.value("fd.rport"));
        assertEquals(Boolean.TRUE, h.value("fd.is_server"));
        assertEquals("SOCK_CLOEXEC", h.value("evt.arg.flags"));
        assertEquals(5L, h.value("fd.num"));

        FakeRecord exec = FakeRecord.exec(PID, "/bin/sh", "sh");
        h.feed(exec);
        assertNull(h.state.processes().get(PID).fds().get(5), "accept4(SOCK_CLOEXEC) fd closed by exec");
        assertEquals(":::8080", h.state.processes().get(PID).fds().get(4).name());
    }

    @Test
    void openResolvesPathsAndFlags() {
        FakeRecord open = FakeRecord.call("openat", PID, 7, -100, 0, 01101, 0644).path("logs/../app.log");
        open.openFlags = 01101; // O_WRONLY|O_CREAT|O_TRUNC
        open.mode = 0644;
        h.feed(open);
        assertEquals("/srv/app.log", h.value("fd.name"), "relative to the cwd, normalised");
        assertEquals("logs/../app.log", h.value("fd.nameraw"));
        assertEquals("/srv", h.value("fd.directory"));
        assertEquals("app.log", h.value("fd.filename"));
        assertEquals("f", h.value("fd.typechar"));
        assertEquals(Boolean.TRUE, h.value("evt.is_open_write"));
        assertEquals(Boolean.FALSE, h.value("evt.is_open_read"));
        assertEquals(Boolean.FALSE, h.value("evt.is_open_exec"));
        assertEquals(Boolean.TRUE, h.value("evt.is_open_create"));
        assertEquals("O_WRONLY|O_CREAT|O_TRUNC", h.value("evt.arg.flags"));
        assertEquals("0644", h.value("evt.arg.mode"));
        assertEquals("-100(AT_FDCWD)", h.value("evt.arg.dirfd"));
        assertEquals("7(<f>/srv/app.log)", h.value("evt.arg.fd"));
        assertEquals("logs/../app.log", h.value("evt.arg.name"));
        assertEquals(7L, h.value("evt.rawarg.fd"));
        assertEquals((long) 01101, h.value("evt.rawarg.flags"));

        FakeRecord rel = FakeRecord.call("openat", PID, 8, 7, 0, 0).path("x");
        rel.dirfd = 7; // relative to an fd that is a file: Falco joins anyway
        rel.openFlags = 0;
        h.feed(rel);
        assertEquals(Boolean.TRUE, h.value("evt.is_open_read"));
    }

    @Test
    void failedOpenDescribesThePathWithFdMinusOne() {
        FakeRecord open = FakeRecord.call("open", PID, -2, 0, 0).path("/etc/shadow");
        open.openFlags = 0;
        h.feed(open);
        assertEquals(-1L, h.value("fd.num"));
        assertEquals("f", h.value("fd.typechar"));
        assertEquals("/etc/shadow", h.value("fd.name"));
        assertEquals("ENOENT", h.value("evt.res"));
        assertEquals(-2L, h.value("evt.rawres"));
        assertEquals(Boolean.TRUE, h.value("evt.failed"));
        assertEquals("-2(ENOENT)", h.value("evt.arg.fd"));
        assertNull(h.state.processes().get(PID).fds().get(0), "a failed open changes no state");
    }

    @Test
    void udpSendtoOnAnUnconnectedSocketNamesTheDestination() {
        h.feed(FakeRecord.call("socket", PID, 6, AF_INET, SOCK_DGRAM, 0));
        h.feed(FakeRecord.call("sendto", PID, 20, 6, 0, 20).sockaddr(AF_INET, "8.8.8.8", 53)
            .socket(AF_INET, SOCK_DGRAM, "10.1.1.1", 33000, "0.0.0.0", 0));
        assertEquals("10.1.1.1:33000->8.8.8.8:53", h.value("fd.name"));
        assertEquals("udp", h.value("fd.l4proto"));
        assertEquals(Boolean.TRUE, h.value("fd.name_changed"));
        assertEquals(Boolean.TRUE, h.value("evt.is_io_write"));
    }

    @Test
    void memfdAndEventsWithoutFd() {
        FakeRecord memfd = FakeRecord.call("memfd_create", PID, 9, 0, 1).path("payload");
        h.feed(memfd);
        assertEquals("memfd:payload", h.value("fd.name"));
        assertEquals("memfd", h.value("fd.type"));
        assertEquals("MFD_CLOEXEC", h.value("evt.arg.flags"));

        FakeRecord mkdir = FakeRecord.call("mkdir", PID, 0, 0, 0755).path("/tmp/x");
        mkdir.mode = 0755;
        h.feed(mkdir);
        assertNull(h.value("fd.name"));
        assertEquals(Accessor.ABSENT, h.number("fd.num"));
        assertEquals("/tmp/x", h.value("evt.arg.path"));
        assertEquals("res=0 path=/tmp/x mode=0755", h.value("evt.args"));
    }
}
