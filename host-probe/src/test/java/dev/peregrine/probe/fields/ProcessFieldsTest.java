package dev.peregrine.probe.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** proc.*, thread.*, user.*, group.* on a process tree built from fork and exec records. */
class ProcessFieldsTest {
    @TempDir
    Path dir;
    Harness h;

    @BeforeEach
    void tree() throws Exception {
        h = new Harness(dir);
        h.feed(FakeRecord.fork(0, 1));
        h.feed(FakeRecord.exec(1, "/sbin/init", "/sbin/init", "splash"));
        h.feed(FakeRecord.fork(1, 50));
        h.feed(FakeRecord.exec(50, "/usr/sbin/sshd", "sshd:", "alice", "[priv]"));
        h.feed(FakeRecord.fork(50, 100));
        FakeRecord bash = FakeRecord.exec(100, "/usr/bin/bash", "-bash");
        bash.cwd = "/home/alice";
        bash.loginUid = 1000;
        bash.tty = 34816;
        h.feed(bash);
        h.feed(FakeRecord.fork(100, 200));
        FakeRecord curl = FakeRecord.exec(200, "/usr/bin/curl", "curl", "-s", "http://example.com");
        curl.euid = 1000;
        curl.uid = 1000;
        curl.egid = 50;
        curl.loginUid = 1000;
        curl.tty = 34816;
        curl.capEffective = (1L << 21) | 1L; // CAP_SYS_ADMIN, CAP_CHOWN
        curl.ts += 5_000;
        h.feed(curl);
    }

    @Test
    void ownIdentityAndCommandLine() {
        assertEquals("execve", h.current.type());
        assertEquals("curl", h.value("proc.name"));
        assertEquals("curl -s http://example.com", h.value("proc.cmdline"));
        assertEquals("-s http://example.com", h.value("proc.args"));
        assertEquals("curl", h.value("proc.exe"));
        assertEquals("/usr/bin/curl", h.value("proc.exepath"));
        assertEquals(200L, h.value("proc.pid"));
        assertEquals(100L, h.value("proc.ppid"));
        assertEquals(2L, h.value("proc.cmdnargs"));
        assertEquals("/home/alice", h.value("proc.cwd"), "cwd inherited through fork");
        assertEquals(34816L, h.value("proc.tty"));
        assertEquals(Boolean.FALSE, h.value("proc.is_exe_from_memfd"));
        assertEquals(Boolean.FALSE, h.value("proc.is_exe_upper_layer"), "false on the host");
        assertEquals(5_000L, h.value("proc.duration"));
        assertEquals(200L, h.value("thread.tid"));
        assertEquals(Boolean.TRUE, h.value("thread.ismain"));
        assertEquals("CAP_CHOWN CAP_SYS_ADMIN", h.value("thread.cap_effective"));
    }

    @Test
    void ancestryFollowsFalcoIndexing() {
        assertEquals("curl", h.value("proc.aname[0]"));
        assertEquals("bash", h.value("proc.aname[1]"));
        assertEquals("sshd", h.value("proc.aname[2]"));
        assertEquals("init", h.value("proc.aname[3]"));
        assertNull(h.value("proc.aname[4]"));
        assertEquals("bash", h.value("proc.pname"));
        assertEquals("bash", h.value("proc.pcmdline"));
        assertEquals("-bash", h.value("proc.pexe"));
        assertEquals("/usr/bin/bash", h.value("proc.pexepath"));
        assertEquals("/usr/sbin/sshd", h.value("proc.aexepath[2]"));
        assertEquals("sshd alice [priv]", h.value("proc.acmdline[2]"));
        assertEquals(50L, h.value("proc.apid[2]"));
        assertEquals(100L, h.number("proc.apid"), "no index: the parent");
        assertEquals(List.of("bash", "sshd", "init"), h.value("proc.aname"), "no index: every ancestor");
        assertEquals(100L, h.value("proc.loginshellid"), "the oldest ancestor named like a shell: bash, not sshd");
    }

    @Test
    void usersAndGroupsByName() {
        assertEquals(1000L, h.value("user.uid"));
        assertEquals("alice", h.value("user.name"));
        assertEquals("/home/alice", h.value("user.homedir"));
        assertEquals("/bin/zsh", h.value("user.shell"));
        assertEquals(1000L, h.value("user.loginuid"));
        assertEquals("alice", h.value("user.loginname"));
        assertEquals(50L, h.value("group.gid"));
        assertEquals("staff", h.value("group.name"));
    }

    @Test
    void sessionLeaderIsTheEldestAncestorSharingTheSession() {
        // no setsid was seen: every process inherited sid 0 from the first, so the leader is the eldest, init
        assertEquals("init", h.value("proc.sname"));
    }

    @Test
    void procexitStillSeesTheProcessThenFreesIt() {
        h.feed(FakeRecord.exit(200));
        assertEquals("procexit", h.current.type());
        assertEquals("curl", h.value("proc.name"));
        assertEquals(200L, h.value("proc.pid"));
        h.events.finish();
        assertNull(h.state.processes().get(200), "freed once the rules have seen the exit");
        assertEquals("bash", h.state.processes().get(100).comm(), "the parent stays");
    }

    @Test
    void threadsReportTheirGroup() {
        FakeRecord thread = FakeRecord.fork(200, 201);
        thread.childPid = 200;
        h.feed(thread);
        FakeRecord open = FakeRecord.call("openat", 200, 3, -100, 0, 0);
        open.tid = 201;
        open.path = "/etc/hosts";
        open.openFlags = 0;
        h.feed(open);
        assertEquals(200L, h.value("proc.pid"));
        assertEquals(201L, h.value("thread.tid"));
        assertEquals(Boolean.FALSE, h.value("thread.ismain"));
        assertEquals("curl", h.value("proc.name"));
        assertTrue(h.state.processes().get(201) == h.state.processes().get(200));
    }
}
