package dev.peregrine.agent.bridge;

import java.net.InetAddress;
import java.util.Map;

/**
 * Static entry points called by advice inlined into JDK methods. Each one: returns at once when the agent is not
 * installed or the thread is already inside the agent; otherwise calls the installed {@link Hooks} under the
 * {@link ReentryGuard} and swallows (and counts) anything it throws.
 */
public final class Bridge {

    /** Linux open(2) flags, as the kernel reports them, so JVM and syscall events compare. */
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 01;
    public static final int O_RDWR = 02;
    public static final int O_CREAT = 0100;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;

    private static volatile Hooks hooks;

    private Bridge() {
    }

    public static void install(Hooks h) {
        hooks = h;
    }

    public static void fileOpen(Object path, int flags) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.fileOpen(path, flags);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void fileDelete(Object path) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.fileDelete(path);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void fileRename(Object from, Object to) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.fileRename(from, to);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void exec(String[] argv, Map<String, String> environment, String dir) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.exec(argv, environment, dir);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void inetSocket(boolean bind, InetAddress address, int port) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.inetSocket(bind, address, port);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void unixSocket(boolean bind, Object path) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.unixSocket(bind, path);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void accept(Object remote) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.accept(remote);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void deserialize(String className, boolean resolved) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.deserialize(className, resolved);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void jndi(Object name) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.jndi(name);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    public static void nativeLibrary(Object path, boolean ffm) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.nativeLibrary(path, ffm);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    private static void fail(Hooks h, Throwable t) {
        try {
            h.failed(t);
        } catch (Throwable again) {
            Failures.record(again);
        }
    }
}
