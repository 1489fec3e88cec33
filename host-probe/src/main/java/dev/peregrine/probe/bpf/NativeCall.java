package dev.peregrine.probe.bpf;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Small helpers for FFM downcalls shared by the libbpf bindings and the ring buffer's libc calls: linking a symbol,
 * optionally capturing errno (the JVM may clobber errno between the call and any later read, so it must be captured
 * by the linker), and turning an errno into text.
 */
@SuppressWarnings("restricted")
public final class NativeCall {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle STRERROR =
            link(LINKER.defaultLookup(), "strerror", FunctionDescriptor.of(java.lang.foreign.ValueLayout.ADDRESS,
                    java.lang.foreign.ValueLayout.JAVA_INT), false);

    private NativeCall() {
    }

    /** Links {@code name} from {@code lookup}; with {@code captureErrno} the handle takes a leading state segment. */
    public static MethodHandle link(SymbolLookup lookup, String name, FunctionDescriptor fd, boolean captureErrno) {
        MemorySegment symbol = lookup.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("native symbol not found: " + name));
        return captureErrno
                ? LINKER.downcallHandle(symbol, fd, Linker.Option.captureCallState("errno"))
                : LINKER.downcallHandle(symbol, fd);
    }

    /** Links a libc symbol. */
    public static MethodHandle libc(String name, FunctionDescriptor fd, boolean captureErrno) {
        return link(LINKER.defaultLookup(), name, fd, captureErrno);
    }

    /** Allocates an errno capture segment (allocate once per thread/owner on hot paths). */
    public static MemorySegment newErrnoState(Arena arena) {
        return arena.allocate(CAPTURE);
    }

    /** The errno captured in {@code state} by the last call that used it. */
    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** strerror(errno), e.g. "Operation not permitted", with the errno number. */
    public static String describe(int errno) {
        int e = Math.abs(errno);
        try {
            MemorySegment s = (MemorySegment) STRERROR.invokeExact(e);
            return s.reinterpret(256).getString(0) + " (errno " + e + ")";
        } catch (Throwable t) {
            return "errno " + e;
        }
    }
}
