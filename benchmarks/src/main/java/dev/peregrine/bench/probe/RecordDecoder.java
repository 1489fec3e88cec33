package dev.peregrine.bench.probe;

import dev.peregrine.probe.kernel.SyscallHandler;
import dev.peregrine.probe.kernel.SyscallRecord;
import dev.peregrine.probe.ring.RecordHandler;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The ring-record to {@link SyscallRecord} step of {@code KernelProbe}'s private dispatcher, for driving the real
 * decoder over a {@link SyntheticRing} (JMH) rather than the kernel's ring. {@code SyscallRecord}'s constructor and
 * {@code wrap} are package-private, so they are reached through a private lookup (allowed on the class path, where
 * every package is open); the handles are constants, so the JIT inlines them like direct calls. To be replaced by a
 * public decoder once the probe offers one (requested in the benchmark report).
 */
final class RecordDecoder implements RecordHandler {

    private static final MethodHandle NEW;
    private static final MethodHandle WRAP;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(SyscallRecord.class, MethodHandles.lookup());
            NEW = lookup.findConstructor(SyscallRecord.class, MethodType.methodType(void.class, long.class));
            WRAP = lookup.findVirtual(SyscallRecord.class, "wrap",
                    MethodType.methodType(boolean.class, MemorySegment.class, long.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SyscallRecord record;
    private final SyscallHandler handler;
    private long malformed;

    RecordDecoder(SyscallHandler handler) {
        this.handler = handler;
        try {
            this.record = (SyscallRecord) NEW.invokeExact(0L);
        } catch (Throwable t) {
            throw new IllegalStateException("SyscallRecord(long) is not reachable", t);
        }
    }

    @Override
    public void onRecord(MemorySegment data, long offset, int length) {
        boolean ok;
        try {
            ok = (boolean) WRAP.invokeExact(record, data, offset, length);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (ok) {
            handler.onRecord(record);
        } else {
            malformed++;
        }
    }

    long malformed() {
        return malformed;
    }
}
