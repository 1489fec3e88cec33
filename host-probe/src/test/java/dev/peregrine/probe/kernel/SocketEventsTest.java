package dev.peregrine.probe.kernel;

import static dev.peregrine.probe.kernel.ChildRun.has;
import static dev.peregrine.probe.kernel.SyscallNumbers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** TCP and UDP on loopback from a python child: addresses, ports and fds as the kernel saw them. */
class SocketEventsTest extends LiveProbeTest {

    private static final String LOOPBACK6 = "0:0:0:0:0:0:0:1";

    @Test
    void socketLifecycleOnLoopback() throws Exception {
        String script = """
                import os, socket
                srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(4)
                sp = srv.getsockname()[1]
                cli = socket.socket(); cli.connect(("127.0.0.1", sp)); cp = cli.getsockname()[1]
                conn, _ = srv.accept()
                u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.sendto(b"x", ("127.0.0.1", 9))
                up = u.getsockname()[1]
                u.sendmsg([b"yy"], [], 0, ("127.0.0.1", 10))
                os.dup2(conn.fileno(), 100); os.dup2(conn.fileno(), 101, inheritable=False)
                print(sp, cp, up, srv.fileno(), cli.fileno(), conn.fileno(), u.fileno(), flush=True)
                """;
        ChildRun run = ChildRun.run(probe, dir, has(DUP3, r -> r.ret() == 101), Python.exe(), "-c", script);
        String[] o = run.output.trim().split(" ");
        int sp = Integer.parseInt(o[0]);
        int cp = Integer.parseInt(o[1]);
        int up = Integer.parseInt(o[2]);
        int srvFd = Integer.parseInt(o[3]);
        int cliFd = Integer.parseInt(o[4]);
        int connFd = Integer.parseInt(o[5]);
        int udpFd = Integer.parseInt(o[6]);

        SyscallRecord socket = run.one(SOCKET, r -> r.ret() == srvFd);
        assertEquals(2, socket.arg(0)); // AF_INET
        assertEquals(1, socket.arg(1) & 0xf); // SOCK_STREAM

        SyscallRecord bind = run.one(BIND, r -> r.arg(0) == srvFd);
        assertEquals(0, bind.ret());
        assertEquals(2, bind.sockaddrFamily());
        assertEquals("127.0.0.1", bind.sockaddrIp());
        assertEquals(0, bind.sockaddrPort());
        assertTrue(bind.hasSocket());
        assertEquals(sp, bind.localPort()); // the kernel picked the port during bind

        SyscallRecord listen = run.one(LISTEN, r -> r.arg(0) == srvFd);
        assertEquals(4, listen.arg(1));
        assertEquals(sp, listen.localPort());
        assertEquals("127.0.0.1", listen.localIp());

        SyscallRecord connect = run.one(CONNECT, r -> r.arg(0) == cliFd);
        assertEquals(0, connect.ret());
        assertEquals("127.0.0.1", connect.sockaddrIp());
        assertEquals(sp, connect.sockaddrPort());
        assertEquals(cp, connect.localPort());
        assertEquals(sp, connect.remotePort());
        assertEquals("127.0.0.1", connect.remoteIp());
        assertEquals(1, connect.socketType());

        SyscallRecord accept = run.one(ACCEPT4, r -> r.ret() == connFd);
        assertEquals(srvFd, accept.arg(0));
        assertEquals(sp, accept.localPort());
        assertEquals(cp, accept.remotePort());
        assertEquals("127.0.0.1", accept.remoteIp());

        SyscallRecord sendto = run.one(SENDTO, r -> r.arg(0) == udpFd);
        assertEquals(1, sendto.ret());
        assertEquals(9, sendto.sockaddrPort());
        assertEquals("127.0.0.1", sendto.sockaddrIp());
        assertEquals(2, sendto.socketType()); // SOCK_DGRAM
        assertEquals(up, sendto.localPort());

        SyscallRecord sendmsg = run.one(SENDMSG, r -> r.arg(0) == udpFd);
        assertEquals(2, sendmsg.ret());
        assertEquals(10, sendmsg.sockaddrPort());

        SyscallRecord dup2 = run.one(DUP2, r -> r.ret() == 100);
        assertEquals(connFd, dup2.arg(0));
        SyscallRecord dup3 = run.one(DUP3, r -> r.ret() == 101);
        assertEquals(connFd, dup3.arg(0));
        assertEquals(0x80000, dup3.arg(2)); // O_CLOEXEC
    }

    /** The IPv6 tuple is read from the kernel sock (skc_v6_*), 16 bytes each way. */
    @Test
    void ipv6TupleOnLoopback() throws Exception {
        String script = """
                import socket
                srv = socket.socket(socket.AF_INET6); srv.bind(("::1", 0)); srv.listen(1)
                sp = srv.getsockname()[1]
                cli = socket.socket(socket.AF_INET6); cli.connect(("::1", sp)); cp = cli.getsockname()[1]
                conn, _ = srv.accept()
                print(sp, cp, cli.fileno(), conn.fileno(), flush=True)
                """;
        ChildRun run = ChildRun.run(probe, dir, has(ACCEPT4, r -> r.ret() >= 0), Python.exe(), "-c", script);
        String[] o = run.output.trim().split(" ");
        int sp = Integer.parseInt(o[0]);
        int cp = Integer.parseInt(o[1]);
        int cliFd = Integer.parseInt(o[2]);
        int connFd = Integer.parseInt(o[3]);

        // The record gives Java's uncompressed form; the fields layer (IpNames) compresses it as Falco shows it.
        SyscallRecord connect = run.one(CONNECT, r -> r.arg(0) == cliFd);
        assertTrue(connect.hasSocket());
        assertEquals(10, connect.socketFamily()); // AF_INET6
        assertEquals(LOOPBACK6, connect.remoteIp());
        assertEquals(LOOPBACK6, connect.localIp());
        assertEquals(sp, connect.remotePort());
        assertEquals(cp, connect.localPort());

        SyscallRecord accept = run.one(ACCEPT4, r -> r.ret() == connFd);
        assertEquals(LOOPBACK6, accept.localIp());
        assertEquals(LOOPBACK6, accept.remoteIp());
        assertEquals(cp, accept.remotePort());
    }
}
