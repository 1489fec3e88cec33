package dev.peregrine.probe.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The real python3 executable (pyenv shims re-exec; resolving once keeps child process trees small). */
final class Python {

    private static String exe;

    private Python() {
    }

    static synchronized String exe() throws IOException, InterruptedException {
        if (exe == null) {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException("python3 is needed by the kernel tests (to make syscalls)");
            }
            exe = out;
        }
        return exe;
    }

    /** Prelude giving scripts sc(nr, *args): a raw syscall with 64-bit arguments (bytes become char *). */
    static final String SYSCALL = """
            import ctypes, os, struct, sys
            libc = ctypes.CDLL(None, use_errno=True)
            libc.syscall.restype = ctypes.c_long
            def sc(nr, *a):
                return libc.syscall(ctypes.c_long(nr), *[x if isinstance(x, (bytes, ctypes.Array)) else ctypes.c_long(x) for x in a])
            """;
}
