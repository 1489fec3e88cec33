package dev.peregrine.probe.bpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes libbpf's messages to SLF4J (logger {@code dev.peregrine.probe.bpf.libbpf}, at debug) and remembers the last
 * lines of warnings, which hold the verifier log when a load fails, so errors can quote them.
 *
 * <p>libbpf's callback is {@code int (*)(enum libbpf_print_level, const char *fmt, va_list ap)}. We never touch C
 * varargs from Java: on x86_64 (SysV) and aarch64 a {@code va_list} parameter is passed as a pointer, so the upcall
 * receives it as an address and hands it unchanged to the non-variadic {@code vsnprintf}, which formats it once.
 */
@SuppressWarnings("restricted")
final class LibbpfLog {

    private static final Logger LOG = LoggerFactory.getLogger("dev.peregrine.probe.bpf.libbpf");
    private static final int LIBBPF_WARN = 0;
    private static final int KEEP = 40;
    private static final ArrayDeque<String> RECENT = new ArrayDeque<>();
    // int vsnprintf(char *str, size_t size, const char *format, va_list ap)
    private static final MethodHandle VSNPRINTF =
            NativeCall.libc("vsnprintf", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS), false);

    private LibbpfLog() {
    }

    static void install(Libbpf libbpf) {
        try {
            MethodHandle target = MethodHandles.lookup().findStatic(LibbpfLog.class, "print",
                    MethodType.methodType(int.class, int.class, MemorySegment.class, MemorySegment.class));
            MemorySegment stub = Linker.nativeLinker().upcallStub(target,
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), Arena.global());
            // The previous callback (libbpf's stderr printer) is deliberately dropped.
            MemorySegment previous = (MemorySegment) libbpf.setPrint.invokeExact(stub);
            LOG.trace("libbpf print callback replaced {}", previous);
        } catch (Throwable e) {
            LOG.debug("libbpf messages not routed to SLF4J", e);
        }
    }

    /** The upcall: must never throw (an exception escaping an upcall kills the JVM). */
    private static int print(int level, MemorySegment format, MemorySegment vaList) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(2048);
            int n = (int) VSNPRINTF.invokeExact(buf, buf.byteSize(), format, vaList);
            String line = n < 0 ? "" : buf.getString(0).stripTrailing();
            if (level == LIBBPF_WARN) {
                synchronized (RECENT) {
                    for (String part : line.split("\n")) {
                        if (RECENT.size() == KEEP) {
                            RECENT.removeFirst();
                        }
                        RECENT.addLast(part);
                    }
                }
            }
            LOG.debug("{}", line);
        } catch (Throwable ignored) {
            // Losing a log line is better than crashing the JVM.
        }
        return 0;
    }

    /** The last warning lines libbpf printed (verifier log tail, reasons for refusals), oldest first. */
    static List<String> recentWarnings() {
        synchronized (RECENT) {
            return new ArrayList<>(RECENT);
        }
    }

    static void clearRecent() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }
}
