package dev.peregrine.probe.kernel;

import static dev.peregrine.probe.kernel.ChildRun.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.state.ProcReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real programs, real children: exec, fork, exit, memfd exec, failed exec. */
class ProcessEventsTest extends LiveProbeTest {

    private static final int JVM = (int) ProcessHandle.current().pid();

    @Test
    void execveCarriesNewImageArgvCwdAndCredentials() throws Exception {
        Path echo = Path.of("/bin/echo").toRealPath();
        ChildRun run = ChildRun.run(probe, dir, has(SyscallNumbers.EXECVE, r -> r.comm().equals("echo")),
                "/bin/echo", "hello", "world two");
        SyscallRecord r = run.one(SyscallNumbers.EXECVE, x -> x.comm().equals("echo"));
        assertTrue(r.hasExecInfo());
        assertEquals(0, r.ret());
        assertEquals(echo.toString(), r.exePath());
        assertEquals(List.of("/bin/echo", "hello", "world two"), r.argv());
        assertEquals(dir.toRealPath().toString(), r.cwd());
        assertEquals(run.pid, r.pid());
        assertEquals(run.pid, r.tid());
        assertEquals(JVM, r.ppid());
        assertEquals(0, r.uid());
        assertEquals(0, r.euid());
        assertEquals(ProcSelf.capBounding(), r.capEffective());
        assertEquals(ProcSelf.loginUid(), r.loginUid());
        assertEquals(ProcSelf.tty(), r.tty());
        assertEquals(r.tid(), r.nsTid(), "a host task's tid in its own namespace is the host tid");
        assertFalse(r.exeFromMemfd());
        assertFalse(r.truncated());
        long now = System.currentTimeMillis() * 1_000_000L;
        assertTrue(Math.abs(now - r.timestampNanos()) < 60_000_000_000L, "timestamp " + r.timestampNanos());
    }

    @Test
    void execReportsTheCgroupV2IdOfTheCgroupTheTaskRunsIn() throws Exception {
        Path root = ProcReader.system().cgroups().root();
        assertNotNull(root, "this machine has a cgroup2 mount");
        Path cgroup = Files.createDirectory(root.resolve("pgtest-" + ProcessHandle.current().pid()));
        try {
            // Moves itself into the new cgroup, then execs: the exec record must name that cgroup.
            ChildRun run = ChildRun.run(probe, dir, has(SyscallNumbers.EXECVE, r -> r.comm().equals("echo")),
                    "/bin/sh", "-c", "echo $$ > " + cgroup.resolve("cgroup.procs") + " && exec /bin/echo moved");
            SyscallRecord r = run.one(SyscallNumbers.EXECVE, x -> x.comm().equals("echo"));
            assertEquals(((Number) Files.getAttribute(cgroup, "unix:ino")).longValue(), r.cgroupId());
        } finally {
            Files.delete(cgroup);
        }
    }

    @Test
    void aTaskInAChildPidNamespaceReportsItsTidThere() throws Exception {
        // unshare forks the namespace's first process (pid 1 there), a shell that execs echo: still pid 1.
        ChildRun run = ChildRun.run(probe, dir, has(SyscallNumbers.EXECVE, r -> r.comm().equals("echo")),
                "/usr/bin/unshare", "--pid", "--fork", "/bin/sh", "-c", "exec /bin/echo in-namespace");
        SyscallRecord r = run.one(SyscallNumbers.EXECVE, x -> x.comm().equals("echo"));
        assertEquals(1, r.nsTid());
        assertTrue(r.tid() > 1, "the host tid: " + r.tid());
    }

    @Test
    void forkAndExitBuildTheProcessTree() throws Exception {
        ChildRun run = ChildRun.run(probe, dir,
                has(SyscallNumbers.PROC_EXIT, r -> r.groupDead() && r.comm().equals("sh")),
                "/bin/sh", "-c", "/bin/true; exit 3");
        SyscallRecord fork = run.one(SyscallNumbers.PROC_FORK, r -> r.pid() == run.pid);
        int child = fork.childPid();
        assertEquals(child, fork.childTid());
        SyscallRecord exec = run.one(SyscallNumbers.EXECVE, r -> r.pid() == child && r.hasExecInfo());
        assertEquals(Path.of("/bin/true").toRealPath().toString(), exec.exePath());
        assertEquals(run.pid, exec.ppid());
        SyscallRecord childExit = run.one(SyscallNumbers.PROC_EXIT, r -> r.pid() == child);
        assertTrue(childExit.groupDead());
        assertEquals(0, childExit.ret());
        SyscallRecord shExit = run.one(SyscallNumbers.PROC_EXIT, r -> r.pid() == run.pid);
        assertEquals(3 << 8, shExit.ret());
        assertEquals(3, run.exitCode);
    }

    @Test
    void execFromMemfdIsFlaggedAndFailedExecKeepsTheFilename() throws Exception {
        String script = Python.SYSCALL + """
                try:
                    os.execv("/nonexistent/pgprog", ["x"])
                except OSError:
                    pass
                fd = os.memfd_create("pgtest", 0)
                os.write(fd, open("/bin/true", "rb").read())
                argv = (ctypes.c_char_p * 3)(b"pgmemfd", b"x", None)
                envp = (ctypes.c_char_p * 1)(None)
                sc(322, fd, b"", argv, envp, 0x1000)  # execveat(fd, "", argv, envp, AT_EMPTY_PATH)
                """;
        ChildRun run = ChildRun.run(probe, dir, has(SyscallNumbers.EXECVE, SyscallRecord::exeFromMemfd),
                Python.exe(), "-c", script);
        SyscallRecord failed = run.one(SyscallNumbers.EXECVE, r -> r.failed());
        assertEquals(-2, failed.ret()); // ENOENT
        assertEquals("/nonexistent/pgprog", failed.exePath());
        assertFalse(failed.hasExecInfo());
        SyscallRecord memfd = run.one(SyscallNumbers.MEMFD_CREATE, r -> true);
        assertEquals("pgtest", memfd.path());
        assertTrue(memfd.ret() >= 3);
        // A successful execveat reads as execve at sys_exit (orig_ax is 59 there on this kernel; see peregrine.bpf.c).
        SyscallRecord exec = run.one(SyscallNumbers.EXECVE, SyscallRecord::exeFromMemfd);
        assertTrue(exec.hasExecInfo());
        assertEquals(0, exec.ret());
        assertEquals(List.of("pgmemfd", "x"), exec.argv());
        assertTrue(exec.exePath().contains("memfd:pgtest"), exec.exePath());
    }

    @Test
    void ownProcessIsNeverTraced() throws Exception {
        Path mine = Files.writeString(dir.resolve("jvm-reads-this"), "x");
        Path theirs = Files.writeString(dir.resolve("child-reads-this"), "y");
        ChildRun.drain(probe);
        assertEquals("x", Files.readString(mine)); // an openat by this JVM
        boolean[] sawMine = {false};
        boolean[] sawTheirs = {false};
        Process p = new ProcessBuilder("/bin/cat", theirs.toString()).start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!sawTheirs[0] && System.nanoTime() < deadline) {
            probe.poll(r -> {
                String path = r.isSyscall() && !r.hasExecInfo() ? r.path() : null;
                sawMine[0] |= mine.toString().equals(path) || r.pid() == JVM;
                sawTheirs[0] |= theirs.toString().equals(path);
            }, 50);
        }
        p.waitFor();
        assertTrue(sawTheirs[0], "the child's open was not seen: the probe is not working");
        assertFalse(sawMine[0], "a record of the probe's own process was sent");
    }
}
