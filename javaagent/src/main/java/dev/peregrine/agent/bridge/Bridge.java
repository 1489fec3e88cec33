package dev.peregrine.agent.bridge;

import java.net.InetAddress;
import java.util.Map;

/**
 * Static entry points called by advice inlined into JDK methods. Each operation is a bracket: a begin method, called
 * when the JDK method is entered, returns a token (null when nothing is to be recorded: the agent is not installed,
 * the thread is already inside the agent, or the agent does not want this call) that the advice keeps in a local
 * variable and passes to an end method when the JDK method returns or throws. Both call the installed
 * {@link Hooks} under the {@link ReentryGuard} and swallow (and count) anything they throw. The guard is not held
 * between the two: what the JDK method does meanwhile is the application's work, reported normally.
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

    public static Object fileOpen(Object path, int flags) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.fileOpen(path, flags);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object fileDelete(Object path) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.fileDelete(path);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object fileRename(Object from, Object to) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.fileRename(from, to);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object exec(String[] argv, Map<String, String> environment, String dir) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.exec(argv, environment, dir);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object inetSocket(boolean bind, InetAddress address, int port) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.inetSocket(bind, address, port);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object unixSocket(boolean bind, Object path) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.unixSocket(bind, path);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object jndi(Object name) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.jndi(name);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object nativeLibrary(Object path, boolean ffm) {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.nativeLibrary(path, ffm);
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object acceptBegin() {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.acceptBegin();
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    public static Object deserializeBegin() {
        Hooks h = hooks;
        ReentryGuard g;
        if (h == null || !(g = ReentryGuard.current()).enter()) {
            return null;
        }
        try {
            return h.deserializeBegin();
        } catch (Throwable t) {
            fail(h, t);
            return null;
        } finally {
            g.exit();
        }
    }

    /** The operation of {@code token} (from a begin method; null: nothing to do) returned or threw. */
    public static void end(Object token) {
        long now = System.nanoTime();
        Hooks h = hooks;
        ReentryGuard g;
        if (token == null || h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.end(token, now);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    /** The accept of {@code token} returned; {@code remote} is the peer's {@code SocketAddress}, null when none was accepted. */
    public static void accepted(Object token, Object remote) {
        long now = System.nanoTime();
        Hooks h = hooks;
        ReentryGuard g;
        if (token == null || h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.accepted(token, remote, now);
        } catch (Throwable t) {
            fail(h, t);
        } finally {
            g.exit();
        }
    }

    /** The class descriptor of {@code token} was read. */
    public static void deserialized(Object token, String className, boolean resolved) {
        long now = System.nanoTime();
        Hooks h = hooks;
        ReentryGuard g;
        if (token == null || h == null || !(g = ReentryGuard.current()).enter()) {
            return;
        }
        try {
            h.deserialized(token, className, resolved, now);
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
