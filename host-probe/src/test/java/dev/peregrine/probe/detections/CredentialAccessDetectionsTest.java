package dev.peregrine.probe.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.bpf.RequiresBpf;
import dev.peregrine.probe.daemon.AlertLines;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Credential access: sensitive files read, searched for or linked to. */
@ExtendWith({RequiresBpf.class, LiveDaemon.Shared.class})
class CredentialAccessDetectionsTest extends DetectionTest {

    @Test
    @Triggers("Sensitive file read by untrusted program")
    void aScriptReadingShadow() throws Exception {
        Run.py(m, "open('/etc/shadow', 'rb').close()");
        String alert = daemon.await("Sensitive file read by untrusted program", m);
        assertEquals("Warning", AlertLines.value(alert, "priority"));
        assertEquals("/etc/shadow", AlertLines.value(alert, "fd.name"));
        assertTrue(AlertLines.value(alert, "proc.name").startsWith("python3"), alert);
    }

    @Test
    @NearMiss("Sensitive file read by untrusted program")
    void sshdReadingShadowIsTrusted() throws Exception {
        Path sshd = Aliases.link(tmp, "sshd", Run.python());
        Run.ok(tmp, sshd.toString(), "-c", "# " + m + "\nopen('/etc/shadow', 'rb').close()");
        daemon.assertNone("Sensitive file read by untrusted program", m);
    }

    @Test
    @Triggers("Read sensitive file trusted after startup")
    void aWebServerReadingShadowLongAfterItStarted() throws Exception {
        Path nginx = Aliases.link(tmp, "nginx", Run.python());
        Run.ok(tmp, nginx.toString(), "-c", "# " + m + "\nimport time\ntime.sleep(5.3)\nopen('/etc/shadow', 'rb').close()");
        String alert = daemon.await("Read sensitive file trusted after startup", m);
        assertEquals("nginx", AlertLines.value(alert, "proc.name"));
    }

    @Test
    @NearMiss("Read sensitive file trusted after startup")
    void aWebServerReadingShadowAtStartup() throws Exception {
        Path nginx = Aliases.link(tmp, "nginx", Run.python());
        Run.ok(tmp, nginx.toString(), "-c", "# " + m + "\nopen('/etc/shadow', 'rb').close()");
        daemon.await("Sensitive file read by untrusted program", m); // the open was seen...
        daemon.assertNone("Read sensitive file trusted after startup", m); // ...but the server was new
    }

    @Test
    @Triggers("Directory traversal monitored file read")
    void pathTraversalToEtc() throws Exception {
        Run.py(m, "open('" + tmp + "/../../etc/hostname').close()");
        String alert = daemon.await("Directory traversal monitored file read", m);
        assertEquals("/etc/hostname", AlertLines.value(alert, "fd.name"));
        assertEquals(tmp + "/../../etc/hostname", AlertLines.value(alert, "fd.nameraw"));
    }

    @Test
    @NearMiss("Directory traversal monitored file read")
    void absolutePathToEtc() throws Exception {
        Run.py(m, "open('/etc/hostname').close()\nopen('" + tmp + "/../x', 'w').close()");
        daemon.assertNone("Directory traversal monitored file read", m);
    }

    @Test
    @Triggers("Private key or credential search")
    void grepForPrivateKeys() throws Exception {
        String m2 = Marker.next();
        Path dir = Files.createDirectory(tmp.resolve(m));
        Path dir2 = Files.createDirectory(tmp.resolve(m2));
        Run.any(null, "grep", "-rl", "BEGIN OPENSSH PRIVATE KEY", dir.toString());
        Run.any(null, "find", dir2.toString(), "-name", "id_rsa");
        assertEquals("grep", AlertLines.value(daemon.await("Private key or credential search", m), "proc.name"));
        assertEquals("find", AlertLines.value(daemon.await("Private key or credential search", m2), "proc.name"));
    }

    @Test
    @NearMiss("Private key or credential search")
    void grepForErrors() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(m));
        Run.any(null, "grep", "-r", "ERROR", dir.toString());
        Run.any(null, "find", dir.toString(), "-name", "*.log");
        daemon.assertNone("Private key or credential search", m);
    }

    @Test
    @Triggers("Find AWS credentials")
    void grepForAwsKeys() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(m));
        String m2 = Marker.next();
        Path dir2 = Files.createDirectory(tmp.resolve(m2));
        Run.any(null, "grep", "-ri", "aws_secret_access_key", dir.toString());
        Run.any(null, "find", dir2.toString(), "-path", "*.aws/credentials");
        String grep = daemon.await("Find AWS credentials", m);
        assertEquals("Warning", AlertLines.value(grep, "priority"));
        assertEquals("grep", AlertLines.value(grep, "proc.name"));
        assertEquals("find", AlertLines.value(daemon.await("Find AWS credentials", m2), "proc.name"));
    }

    @Test
    @NearMiss("Find AWS credentials")
    void findOrdinaryCredentialsFiles() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(m));
        Run.any(null, "find", dir.toString(), "-name", "credentials");
        Run.any(null, "grep", "-ri", "aws_region", dir.toString());
        daemon.assertNone("Find AWS credentials", m);
    }

    @Test
    @Triggers("Create symlink over sensitive files")
    void symlinkToShadow() throws Exception {
        Path link = tmp.resolve(m);
        Run.ok("ln", "-s", "/etc/shadow", link.toString());
        String alert = daemon.await("Create symlink over sensitive files", m);
        assertEquals("/etc/shadow", AlertLines.value(alert, "evt.arg.target"));
        assertEquals(link.toString(), AlertLines.value(alert, "evt.abspath.dst"));
    }

    @Test
    @NearMiss("Create symlink over sensitive files")
    void symlinkToHostname() throws Exception {
        Run.ok("ln", "-s", "/etc/hostname", tmp.resolve(m).toString());
        daemon.assertNone("Create symlink over sensitive files", m);
    }

    @Test
    @Triggers("Create hardlink over sensitive files")
    void hardlinkToShadow() throws Exception {
        // The temporary directory is private (0700) and on the root file system here, so the link may succeed:
        // it is removed at once. On another file system the attempt fails with EXDEV and still alerts.
        Path link = tmp.resolve(m);
        try {
            Run.any(null, "ln", "/etc/shadow", link.toString());
            String alert = daemon.await("Create hardlink over sensitive files", m);
            assertEquals("/etc/shadow", AlertLines.value(alert, "evt.arg.oldpath"));
        } finally {
            Files.deleteIfExists(link);
        }
    }

    @Test
    @NearMiss("Create hardlink over sensitive files")
    void hardlinkToOwnFile() throws Exception {
        Path own = Files.writeString(tmp.resolve("own"), "x");
        Run.ok("ln", own.toString(), tmp.resolve(m).toString());
        daemon.assertNone("Create hardlink over sensitive files", m);
    }
}
