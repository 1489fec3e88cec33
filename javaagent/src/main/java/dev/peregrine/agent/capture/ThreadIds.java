package dev.peregrine.agent.capture;

import dev.peregrine.engine.transport.ProcNsPid;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Linux thread ids without JNI. JDK 17 has no API for the native tid, so it is read from the
 * {@code /proc/thread-self} link ({@code <pid>/task/<tid>}) once per platform thread and cached. A virtual thread
 * moves between carriers, so for it the link is read on every call: the result is the carrier running it now,
 * which is the thread the kernel sees making the syscall. The tid is of the JVM's own PID namespace, as its pid
 * is ({@link PidNamespace}); the probe translates both to the host's.
 */
public final class ThreadIds {

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final MethodHandle IS_VIRTUAL = isVirtualHandle();
    /**
     * /proc is an ancestor namespace's (a container that did not mount its own): the link names that namespace's
     * tid, so the tid is read from the NSpid line instead (its last entry: the JVM's own namespace, like its pid).
     */
    private static final boolean ANCESTOR_PROC = PidNamespace.procShowsAncestorIds();
    private static final ThreadLocal<long[]> CACHED = ThreadLocal.withInitial(() -> new long[1]);

    private ThreadIds() {
    }

    /** The Linux tid of the calling thread (its carrier when virtual), or -1 when /proc is unavailable. */
    public static long currentTid(boolean virtual) {
        if (virtual) {
            return readTid();
        }
        long[] cache = CACHED.get();
        if (cache[0] == 0) {
            cache[0] = readTid();
        }
        return cache[0];
    }

    /** {@code Thread.isVirtual()} on JDK 21+, false before. */
    public static boolean isVirtual(Thread t) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(t);
        } catch (Throwable e) {
            return false;
        }
    }

    static long readTid() {
        try {
            if (ANCESTOR_PROC) {
                return ProcNsPid.innermost(Files.readString(THREAD_SELF.resolve("status")));
            }
            String link = Files.readSymbolicLink(THREAD_SELF).toString();
            return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        } catch (Exception | LinkageError e) {
            return -1;
        }
    }

    private static MethodHandle isVirtualHandle() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
