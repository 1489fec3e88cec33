package dev.peregrine.probe.correlate;

import dev.peregrine.probe.fields.KernelRecordData;
import dev.peregrine.probe.fields.SyscallEvent;
import dev.peregrine.probe.kernel.SyscallRecord;
import java.lang.foreign.MemorySegment;

/**
 * One slot of the hold queue: a private copy of a kernel record (the ring's bytes are the kernel's again once the
 * handler returns), the event over it with the host state applied when it arrived, and how to join it. Slots are
 * made once and reused; the copy buffer only grows, so a steady stream allocates nothing.
 */
final class HeldEvent {

    private static final int INITIAL_BYTES = 1024;

    MemorySegment buffer = MemorySegment.ofArray(new byte[INITIAL_BYTES]);
    final SyscallRecord record;
    final KernelRecordData data = new KernelRecordData();
    final SyscallEvent event;
    /** What the event is, for {@code jvm.unexplained}: {@link Correlator#KIND_EXEC}, KIND_OPEN, KIND_CONNECT or KIND_OTHER. */
    int kind;
    /** The JVM and its thread whose call may explain the event (for a spawned child's exec: the forking thread). */
    int jvmPid;
    int jvmTid;
    /** CLOCK_MONOTONIC of the kernel event, the clock of the JVM's brackets. */
    long kernelNanos;
    /** When the event is evaluated anyway: its kernel time plus the hold window (CLOCK_MONOTONIC). */
    long deadline;
    /** Next slot held for the same thread, or -1. */
    int nextSameThread = -1;
    /** Still waiting (not yet evaluated). */
    boolean live;

    HeldEvent(SyscallRecord template, SyscallEvent event) {
        this.record = template.newHolder();
        this.event = event;
    }

    /** Copies {@code r} into this slot's buffer (grown if needed) and points the record view at the copy. */
    boolean copy(SyscallRecord r) {
        if (buffer.byteSize() < r.length()) {
            buffer = MemorySegment.ofArray(new byte[Integer.highestOneBit(r.length()) << 1]);
        }
        return record.copyFrom(r, buffer);
    }
}
