package dev.peregrine.probe.correlate;

import static dev.peregrine.probe.kernel.EventLayout.*;

import dev.peregrine.engine.transport.CorruptRingException;
import dev.peregrine.engine.transport.RecordEncoder;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingReader;
import dev.peregrine.engine.transport.RingWriter;
import dev.peregrine.probe.kernel.SyscallNumbers;
import dev.peregrine.probe.kernel.SyscallRecord;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Synthetic kernel records (struct pg_event bytes) and JVM ring records, as the kernel and the agent write them. */
final class Records {

    private Records() {
    }

    static SyscallRecord syscall(int slot, int pid, int tid, long monoNanos, String path) {
        byte[] p = path == null ? new byte[0] : (path + "\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(SIZE + p.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(TS_NS, monoNanos).putShort(KIND, (short) KIND_SYSCALL).putShort(SLOT, (short) slot);
        b.putInt(TGID, pid).putInt(TID, tid).putInt(PPID, 1).putLong(RET, slot == SyscallNumbers.OPENAT ? 7 : 0);
        b.putLong(ARGS, -100); // openat: AT_FDCWD
        b.putShort(LEN, (short) p.length);
        b.put(SIZE, p);
        return view(b.array());
    }

    /** Thread {@code tid} of {@code pid} forked process {@code child}. */
    static SyscallRecord fork(int pid, int tid, int child, long monoNanos) {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(TS_NS, monoNanos).putShort(KIND, (short) KIND_FORK).putShort(SLOT, (short) SyscallNumbers.PROC_FORK);
        b.putInt(TGID, pid).putInt(TID, tid).putLong(AUX, child).putLong(AUX + 8, child);
        return view(b.array());
    }

    static SyscallRecord exit(int pid, long monoNanos) {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(TS_NS, monoNanos).putShort(KIND, (short) KIND_EXIT).putShort(SLOT, (short) SyscallNumbers.PROC_EXIT);
        b.putInt(TGID, pid).putInt(TID, pid).putLong(AUX, 1);
        return view(b.array());
    }

    private static SyscallRecord view(byte[] bytes) {
        SyscallRecord r = SyscallRecord.holder(0);
        if (!r.view(MemorySegment.ofArray(bytes))) {
            throw new AssertionError("malformed test record");
        }
        return r;
    }

    /** A one-record JVM ring: the view of {@code op} on OS thread {@code tid}, bracket [begin, end] (end 0: none). */
    static RecordView jvm(String op, long tid, long begin, long end, String caller) {
        ByteBuffer ring = ByteBuffer.allocateDirect((int) RingLayout.fileSize(RingLayout.MIN_CAPACITY))
                .order(ByteOrder.LITTLE_ENDIAN);
        RingWriter.format(ring, 100, 1, RingLayout.MIN_CAPACITY);
        RecordEncoder enc = new RecordEncoder(1024);
        int flags = RingLayout.FLAG_BEGIN | (end != 0 ? RingLayout.FLAG_END : 0);
        enc.begin(RingLayout.OPS.indexOf(op), flags, begin, end, tid, 1, 0);
        for (int s = 0; s < RingLayout.STRING_SLOTS; s++) {
            enc.string(s == RingLayout.S_CALLER ? caller : null);
        }
        enc.list(List.of("/bin/sh"));
        enc.list((List<String>) null);
        enc.list(List.of("java.lang.ProcessBuilder.start(ProcessBuilder.java:1)", caller));
        if (!new RingWriter(ring).offer(enc.buffer(), enc.finish())) {
            throw new AssertionError("ring full");
        }
        try {
            RecordView v = new RecordView();
            if (!new RingReader(ring, ring, RingLayout.OFF_CONSUMER).poll(v)) {
                throw new AssertionError("record not readable");
            }
            return v;
        } catch (CorruptRingException e) {
            throw new AssertionError(e);
        }
    }
}
