package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fork, exec, exit and eviction on a table whose {@code /proc} is an empty directory (no lazy fill). */
class ProcessTableTransitionsTest {
    @TempDir
    Path emptyProc;

    private ProcessTable table(int capacity) {
        return new ProcessTable(capacity, new ProcReader(emptyProc));
    }

    /** init(1) → bash(100) → sshd... builds a small tree by fork+exec. */
    static ProcessTable tree(ProcessTable t) {
        t.onFork(0, 1, 1, false, 1);
        t.onExec(1, 1, "/sbin/init", List.of("/sbin/init"), "/", null);
        t.onFork(1, 50, 50, false, 2);
        t.onExec(50, 50, "/usr/sbin/sshd", List.of("sshd:", "alice"), null, null);
        t.onFork(50, 100, 100, false, 3);
        t.onExec(100, 100, "/usr/bin/bash", List.of("-bash"), "/home/alice", null);
        t.onFork(100, 200, 200, false, 4);
        t.onExec(200, 200, "/usr/bin/curl", List.of("curl", "-s", "http://x"), null, null);
        return t;
    }

    @Test
    void forkInheritsAndExecReplacesTheCommand() {
        ProcessTable t = table(64);
        t.onFork(0, 100, 100, false, 10);
        ProcessInfo parent = t.get(100);
        parent.cwd = "/home/alice";
        parent.euid = 1000;
        parent.fds().put(3, FdInfo.file(FdType.FILE, "/etc/hosts", null, OpenFlags.O_CLOEXEC));
        parent.fds().put(4, FdInfo.file(FdType.FILE, "/tmp/log", null, OpenFlags.O_WRONLY));
        t.onExec(100, 100, "/usr/bin/bash", List.of("bash", "-c", "ls"), null, null);

        t.onFork(100, 101, 101, false, 20);
        ProcessInfo child = t.get(101);
        assertNotNull(child);
        assertEquals(100, child.ppid());
        assertEquals("bash", child.comm());
        assertEquals("bash -c ls", child.cmdline());
        assertEquals("/home/alice", child.cwd());
        assertEquals(1000, child.euid());
        assertEquals(20, child.startNanos());
        assertEquals("/tmp/log", child.fds().get(4).name());

        t.onExec(101, 101, "/usr/bin/a-very-long-program-name", List.of("prog", "--x"), "/tmp", null);
        assertEquals("a-very-long-pro", child.comm(), "kernel comm is 15 characters");
        assertEquals("/usr/bin/a-very-long-program-name", child.exePath());
        assertEquals("prog", child.exe());
        assertEquals("--x", child.argsText());
        assertEquals("prog --x", child.exeline());
        assertEquals("/tmp", child.cwd());
        assertNull(child.fds().get(3), "close-on-exec fd dropped at exec");
        assertEquals("/tmp/log", child.fds().get(4).name(), "other fds survive exec");
        assertEquals("bash", t.get(100).comm(), "parent untouched");
    }

    @Test
    void threadsShareTheLeaderAndTheGroupIsFreedWithItsLastThread() {
        ProcessTable t = table(64);
        t.onFork(0, 300, 300, false, 1);
        t.onFork(300, 301, 300, true, 2);
        t.onFork(300, 302, 300, true, 3);
        assertSame(t.get(300), t.get(301));
        assertSame(t.get(300), t.get(302));
        assertEquals(3, t.get(300).liveThreads());

        t.onExit(301, 300);
        assertNull(t.get(301));
        assertNotNull(t.get(300));
        t.onExit(300, 300); // the leader may exit before its other threads
        assertNotNull(t.get(302), "group alive while a thread runs");
        t.onExit(302, 300);
        assertNull(t.get(300));
        assertNull(t.get(302));
        assertEquals(0, t.size());
    }

    @Test
    void execFromAThreadMakesItTheOnlyThread() {
        ProcessTable t = table(64);
        t.onFork(0, 400, 400, false, 1);
        t.onFork(400, 401, 400, true, 2);
        t.onExec(401, 400, "/bin/true", List.of("true"), null, null);
        assertNull(t.get(401), "the exec'ing thread takes the group's pid");
        assertEquals(1, t.get(400).liveThreads());
        t.onExit(400, 400);
        assertEquals(0, t.size());
    }

    @Test
    void execOfAProcessWhoseForkWeMissedTakesTheKernelsParent() {
        ProcessTable t = tree(table(64));
        ProcessInfo child = t.onExec(700, 700, "/tmp/x.sh", List.of("/tmp/x.sh"), "/", null); // gone from /proc
        assertEquals(0, child.ppid(), "nothing known of its parent yet");
        t.onParent(child, 100);
        assertEquals("bash", t.ancestor(child, 1).comm());
    }

    @Test
    void ancestorsWalkUpAndStopAtTheRoot() {
        ProcessTable t = tree(table(64));
        ProcessInfo curl = t.get(200);
        assertSame(curl, t.ancestor(curl, 0));
        assertEquals("bash", t.ancestor(curl, 1).comm());
        assertEquals("sshd", t.ancestor(curl, 2).comm());
        assertEquals("init", t.ancestor(curl, 3).comm());
        assertNull(t.ancestor(curl, 4));
    }

    @Test
    void capacityIsHardAndEvictsTheLeastRecentlyUsed() {
        ProcessTable t = table(8);
        for (int pid = 1000; pid < 1020; pid++) {
            t.onFork(0, pid, pid, false, pid);
            assertNotNull(t.get(1000), "1000 is used after every insert, so never the eviction victim");
        }
        assertEquals(8, t.size());
        assertEquals(12, t.evictions());
        assertNotNull(t.get(1000));
        assertNotNull(t.get(1019));
        assertFalse(t.get(1001) != null && t.get(1002) != null, "old unused entries went first");
    }

    @Test
    void unknownParentStillYieldsAChild() {
        ProcessTable t = table(8);
        t.onFork(77, 78, 78, false, 5);
        assertEquals(77, t.get(78).ppid());
        assertNull(t.parent(t.get(78)), "parent unknown and not in /proc");
        assertTrue(t.get(78).fds().get(0) == null);
    }
}
