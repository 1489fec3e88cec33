package dev.peregrine.probe.kernel;

import static dev.peregrine.probe.kernel.ChildRun.has;
import static dev.peregrine.probe.kernel.SyscallNumbers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** File, credential and namespace syscalls made one by one (raw syscall(2) from python) by a child process. */
class FileEventsTest extends LiveProbeTest {

    private static final int AT_FDCWD = -100;

    @Test
    void catOpensTheNamedFile() throws Exception {
        Path file = Files.writeString(dir.resolve("known.txt"), "content");
        ChildRun run = ChildRun.run(probe, dir, has(OPENAT, r -> "known.txt".equals(r.path())),
                "/bin/cat", "known.txt", "/nonexistent/pg-missing");
        SyscallRecord ok = run.one(OPENAT, r -> "known.txt".equals(r.path()));
        assertEquals(AT_FDCWD, ok.dirfd());
        assertEquals(0, ok.openFlags() & 3); // O_RDONLY
        assertEquals(3, ok.ret());
        assertEquals(run.pid, ok.pid());
        assertEquals((int) ProcessHandle.current().pid(), ok.ppid());
        assertEquals("cat", ok.comm());
        SyscallRecord missing = run.one(OPENAT, r -> "/nonexistent/pg-missing".equals(r.path()));
        assertEquals(-2, missing.ret()); // ENOENT
        assertTrue(Files.exists(file));
    }

    @Test
    void pathSyscallsCarryTheirPathsFlagsAndModes() throws Exception {
        String script = Python.SYSCALL + """
                sc(83, b"d1", 0o750)
                sc(258, -100, b"d2", 0o700)
                fd = sc(85, b"f1", 0o640)
                sc(2, b"f1", 0o2, 0)
                sc(257, -100, b"f1", 0o100 | 0o1, 0o604)
                how = ctypes.create_string_buffer(struct.pack("QQQ", 0o100 | 0o1, 0o644, 0), 24)
                sc(437, -100, b"f2", how, 24)
                sc(88, b"f1", b"s1")
                sc(266, b"f1", -100, b"s2")
                sc(86, b"f1", b"h1")
                sc(265, -100, b"f1", -100, b"h2", 0)
                sc(82, b"h1", b"h3")
                sc(316, -100, b"h2", -100, b"h4", 0)
                sc(90, b"f1", 0o600)
                sc(91, fd, 0o620)
                sc(268, -100, b"f2", 0o611)
                sc(87, b"h3")
                sc(263, -100, b"d2", 0x200)
                """;
        ChildRun run = ChildRun.run(probe, dir, has(UNLINKAT, r -> "d2".equals(r.path())),
                Python.exe(), "-c", script);
        assertPathMode(run.one(MKDIR, r -> "d1".equals(r.path())), 0, 0750);
        SyscallRecord mkdirat = run.one(MKDIRAT, r -> "d2".equals(r.path()));
        assertPathMode(mkdirat, 0, 0700);
        assertEquals(AT_FDCWD, mkdirat.dirfd());
        SyscallRecord creat = run.one(CREAT, r -> "f1".equals(r.path()));
        assertPathMode(creat, creat.ret(), 0640);
        assertEquals(0x241, creat.openFlags());
        assertEquals(2, run.one(OPEN, r -> "f1".equals(r.path())).openFlags()); // O_RDWR
        SyscallRecord openat = run.one(OPENAT, r -> "f1".equals(r.path()) && r.ret() >= 0 && r.mode() == 0604);
        assertEquals(0101, openat.openFlags());
        SyscallRecord openat2 = run.one(OPENAT2, r -> "f2".equals(r.path()));
        assertEquals(0101, openat2.openFlags());
        assertEquals(0644, openat2.mode());
        assertTrue(openat2.ret() >= 3);
        assertTwo(run.one(SYMLINK, r -> "s1".equals(r.path2())), "f1", "s1");
        SyscallRecord symlinkat = run.one(SYMLINKAT, r -> "s2".equals(r.path2()));
        assertTwo(symlinkat, "f1", "s2");
        assertEquals(AT_FDCWD, symlinkat.dirfd());
        assertTwo(run.one(LINK, r -> "h1".equals(r.path2())), "f1", "h1");
        assertTwo(run.one(LINKAT, r -> "h2".equals(r.path2())), "f1", "h2");
        assertTwo(run.one(RENAME, r -> "h3".equals(r.path2())), "h1", "h3");
        assertTwo(run.one(RENAMEAT2, r -> "h4".equals(r.path2())), "h2", "h4");
        assertPathMode(run.one(CHMOD, r -> "f1".equals(r.path())), 0, 0600);
        SyscallRecord fchmod = run.one(FCHMOD, r -> r.mode() == 0620);
        assertEquals(creat.ret(), fchmod.arg(0));
        assertEquals(0, fchmod.ret());
        assertPathMode(run.one(FCHMODAT, r -> "f2".equals(r.path())), 0, 0611);
        assertEquals(0, run.one(UNLINK, r -> "h3".equals(r.path())).ret());
        SyscallRecord unlinkat = run.one(UNLINKAT, r -> "d2".equals(r.path()));
        assertEquals(0x200, unlinkat.arg(2)); // AT_REMOVEDIR
        assertEquals(0, unlinkat.ret());
    }

    @Test
    void credentialModuleMountAndNamespaceSyscalls() throws Exception {
        String script = Python.SYSCALL + """
                import signal, time
                sc(105, 0)
                sc(119, 0, 0, 0)
                sc(272, 0)
                sc(308, -1, 0)
                sc(165, b"pgsrc", b"/nonexistent-pg", b"pgfs", 0, 0)
                sc(166, b"/nonexistent-pg2", 0)
                sc(313, -1, b"pgparam=1", 0)
                sc(175, 0, 0, b"pgp=2")
                child = os.fork()
                if child == 0:
                    time.sleep(5)
                    os._exit(0)
                print(child, sc(101, 16, child, 0, 0), flush=True)
                os.waitpid(child, 0)
                sc(101, 17, child, 0, 0)
                os.kill(child, signal.SIGKILL)
                """;
        ChildRun run = ChildRun.run(probe, dir, has(PTRACE, r -> r.arg(0) == 17), Python.exe(), "-c", script);
        assertEquals(0, run.one(SETUID, r -> true).ret());
        SyscallRecord setresgid = run.one(SETRESGID, r -> true);
        assertEquals(0, setresgid.ret());
        assertEquals(0, run.one(UNSHARE, r -> true).ret());
        SyscallRecord setns = run.one(SETNS, r -> true);
        assertEquals(-9, setns.ret()); // EBADF
        assertEquals(-1, (int) setns.arg(0));
        SyscallRecord mount = run.one(MOUNT, r -> "pgsrc".equals(r.path()));
        assertEquals("/nonexistent-pg", mount.path2());
        assertEquals("pgfs", mount.string(2));
        assertTrue(mount.failed());
        assertEquals("/nonexistent-pg2", run.one(UMOUNT2, r -> true).path());
        SyscallRecord finit = run.one(FINIT_MODULE, r -> true);
        assertEquals("pgparam=1", finit.path());
        assertTrue(finit.failed()); // EBADF, or ENOSYS on kernels without module support
        assertEquals("pgp=2", run.one(INIT_MODULE, r -> true).path());
        String[] out = run.output.trim().split(" ");
        int traced = Integer.parseInt(out[0]);
        SyscallRecord attach = run.one(PTRACE, r -> r.arg(0) == 16);
        assertEquals(traced, attach.arg(1));
        assertEquals(Long.parseLong(out[1]), attach.ret());
        assertEquals(0, attach.ret());
    }

    private static void assertPathMode(SyscallRecord r, long ret, int mode) {
        assertEquals(ret, r.ret(), r.toString());
        assertEquals(mode, r.mode(), r.toString());
    }

    private static void assertTwo(SyscallRecord r, String first, String second) {
        assertEquals(first, r.path(), r.toString());
        assertEquals(second, r.path2(), r.toString());
        assertEquals(0, r.ret(), r.toString());
    }
}
