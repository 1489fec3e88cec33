package dev.peregrine.probe.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.bpf.RequiresBpf;
import dev.peregrine.probe.daemon.AlertLines;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Process injection, anti-debugging and kernel modules, with raw syscalls from python's ctypes. */
@ExtendWith({RequiresBpf.class, LiveDaemon.Shared.class})
class KernelAndDebugDetectionsTest extends DetectionTest {

    /** ptrace(2) through libc; PTRACE_ATTACH = 16, PTRACE_DETACH = 17, PTRACE_TRACEME = 0, PTRACE_CONT = 7. */
    static final String PTRACE = """
            import ctypes, os, signal, time
            libc = ctypes.CDLL(None, use_errno=True)
            libc.ptrace.restype = ctypes.c_long
            libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
            """;

    /**
     * init_module(2) with an image that is not a module, and finit_module(2) on /dev/null: the kernel refuses both
     * (ENOEXEC, EINVAL or EPERM under lockdown), so nothing is ever loaded; the attempt is what the rule watches.
     */
    static final String MODULE = """
            import ctypes, os
            libc = ctypes.CDLL(None, use_errno=True)
            libc.syscall.restype = ctypes.c_long
            image = ctypes.create_string_buffer(b'not a kernel module', 64)
            print('init_module', libc.syscall(ctypes.c_long(175), image, ctypes.c_ulong(64), b''), ctypes.get_errno())
            fd = os.open('/dev/null', os.O_RDONLY)
            print('finit_module', libc.syscall(ctypes.c_long(313), ctypes.c_long(fd), b'', ctypes.c_long(0)), ctypes.get_errno())
            """;

    @Test
    @Triggers("Ptrace attach to process")
    void attachToAChild() throws Exception {
        Run.py(m, PTRACE + """
                pid = os.fork()
                if pid == 0:
                    time.sleep(30)
                    os._exit(0)
                r = libc.ptrace(16, pid, None, None)
                assert r == 0, 'PTRACE_ATTACH failed: errno %d' % ctypes.get_errno()
                os.waitpid(pid, 0)
                libc.ptrace(17, pid, None, None)
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                """);
        String alert = daemon.await("Ptrace attach to process", m);
        assertEquals("PTRACE_ATTACH", AlertLines.value(alert, "evt.arg.request"));
        assertEquals("SUCCESS", AlertLines.value(alert, "evt.res"));
    }

    @Test
    @NearMiss("Ptrace attach to process")
    void straceAttachesToItsChild() throws Exception {
        Run.ok("strace", "-f", "-o", "/dev/null", "/bin/true", m);
        daemon.assertNone("Ptrace attach to process", m);
    }

    @Test
    @Triggers("PTRACE anti-debug attempt")
    void traceMe() throws Exception {
        Run.py(m, PTRACE + """
                pid = os.fork()
                if pid == 0:
                    libc.ptrace(0, 0, None, None)
                    os._exit(0)
                os.waitpid(pid, 0)
                """);
        String alert = daemon.await("PTRACE anti-debug attempt", m);
        assertEquals("Notice", AlertLines.value(alert, "priority"));
    }

    @Test
    @NearMiss("PTRACE anti-debug attempt")
    void otherPtraceRequest() throws Exception {
        Run.py(m, PTRACE + "libc.ptrace(7, 1, None, None)\n");
        daemon.assertNone("PTRACE anti-debug attempt", m);
    }

    @Test
    @Triggers("Linux kernel module injection")
    void moduleLoadAttempts() throws Exception {
        Run r = Run.py(m, MODULE);
        String alert = daemon.await("Linux kernel module injection", m);
        assertTrue(alert.contains("\"evt.type\":\"init_module\"") || alert.contains("\"evt.type\":\"finit_module\""),
                alert);
        assertTrue(r.output().contains("init_module -1"), "the kernel must have refused: " + r.output());
    }

    @Test
    @NearMiss("Linux kernel module injection")
    void insmodLoadsModulesOnTheHost() throws Exception {
        Path insmod = Aliases.link(tmp, "insmod", Run.python());
        Run.ok(tmp, insmod.toString(), "-c", "# " + m + "\n" + MODULE);
        daemon.assertNone("Linux kernel module injection", m);
    }
}
