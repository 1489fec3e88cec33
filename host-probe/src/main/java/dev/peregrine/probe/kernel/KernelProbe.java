package dev.peregrine.probe.kernel;

import dev.peregrine.probe.bpf.BpfMap;
import dev.peregrine.probe.bpf.BpfObject;
import dev.peregrine.probe.bpf.BpfSystem;
import dev.peregrine.probe.bpf.BpfUnavailableException;
import dev.peregrine.probe.ring.RecordHandler;
import dev.peregrine.probe.ring.RingBuffer;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;

/**
 * The probe's lifecycle: {@link #open} checks the machine, loads the committed BPF object with the configuration
 * baked into .rodata (the excluded pid), sets the wanted slots, attaches the programs and maps the ring buffer.
 * Then one thread calls {@link #poll} in a loop; any thread may call {@link #setWanted} (rule reload: a few map
 * writes, programs stay attached) and {@link #dropCounts}. {@link #close} after the polling thread stopped.
 *
 * <pre>{@code
 * try (KernelProbe probe = KernelProbe.open(ProbeConfig.defaults())) {
 *     while (running) probe.poll(record -> engine.accept(record), 100);
 * }
 * }</pre>
 */
public final class KernelProbe implements AutoCloseable {

    private final BpfObject object;
    private final BpfMap wantedMap;
    private final BpfMap dropMap;
    private final RingBuffer ring;
    private final Dispatcher dispatcher;
    private final BitSet wanted = new BitSet(SyscallNumbers.SLOTS);
    private boolean closed;

    private KernelProbe(BpfObject object, ProbeConfig config) {
        this.object = object;
        this.wantedMap = object.map("pg_wanted");
        this.dropMap = object.map("pg_drops");
        setWanted(config.wanted());
        for (String program : ProbeObject.PROGRAMS) {
            object.attach(program);
        }
        this.ring = RingBuffer.map(object.map("pg_ring").fd(), config.ringBytes());
        this.dispatcher = new Dispatcher(new SyscallRecord(Clocks.realtimeMinusMonotonic()));
    }

    /**
     * Loads and attaches the probe.
     *
     * @throws BpfUnavailableException if this machine cannot run it (the message says what is missing)
     */
    public static KernelProbe open(ProbeConfig config) {
        return open(config, ProbeObject.bytes());
    }

    /**
     * Loads and attaches another build of the probe's object (same programs, maps and record layout): for benchmarks
     * that compare two builds of peregrine.bpf.c in the same run. Everything else uses {@link #open(ProbeConfig)}.
     *
     * @throws BpfUnavailableException if this machine cannot run it (the message says what is missing)
     */
    public static KernelProbe open(ProbeConfig config, byte[] elf) {
        BpfSystem.requireAvailable();
        BpfObject object = BpfObject.open(elf, "peregrine");
        try {
            object.map("pg_ring").setMaxEntries(config.ringBytes());
            object.map(".rodata").setInitialValue(rodata(config));
            object.load();
            return new KernelProbe(object, config);
        } catch (RuntimeException | Error e) {
            object.close();
            throw e;
        }
    }

    /** Makes exactly these slots wanted; only changed slots are written. Takes effect for the next syscall. */
    public synchronized void setWanted(BitSet slots) {
        if (slots.length() > SyscallNumbers.SLOTS) {
            throw new IllegalArgumentException("slot " + (slots.length() - 1) + " out of range");
        }
        BitSet changed = (BitSet) slots.clone();
        changed.xor(wanted);
        for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
            wantedMap.updateByte(i, (byte) (slots.get(i) ? 1 : 0));
        }
        wanted.clear();
        wanted.or(slots);
    }

    public synchronized BitSet wanted() {
        return (BitSet) wanted.clone();
    }

    /**
     * Hands every pending record to the handler, waiting up to timeoutMillis (0 = no wait, -1 = forever) if there is
     * none. Returns the number of records handled. Polling thread only; no allocation per record.
     */
    public int poll(SyscallHandler handler, int timeoutMillis) {
        return poll(handler, timeoutMillis, Integer.MAX_VALUE);
    }

    /**
     * As {@link #poll(SyscallHandler, int)}, handing over at most {@code maxRecords} records: under a sustained load
     * the ring is never empty, and the polling thread still needs control back (reload, drop checks, stop).
     */
    public int poll(SyscallHandler handler, int timeoutMillis, int maxRecords) {
        dispatcher.handler = handler;
        try {
            return ring.poll(dispatcher, timeoutMillis, maxRecords);
        } finally {
            dispatcher.handler = null;
        }
    }

    /** Records dropped so far, per slot (a bpf(2) lookup per slot: for periodic stats, not per event). */
    public DropCounts dropCounts() {
        long[] perSlot = new long[SyscallNumbers.SLOTS];
        for (int i = 0; i < perSlot.length; i++) {
            perSlot[i] = dropMap.sumPerCpuLong(i);
        }
        return new DropCounts(perSlot, dispatcher.malformed);
    }

    /** Bytes in the ring not consumed yet (a backlog gauge). */
    public long pendingBytes() {
        return ring.pendingBytes();
    }

    /** Detaches the programs and unmaps the ring; the polling thread must have stopped. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            ring.close();
        } finally {
            object.close();
        }
    }

    private static byte[] rodata(ProbeConfig config) {
        // struct pg_config { __u32 probe_tgid; __u32 pad; }
        return ByteBuffer.allocate(EventLayout.CONFIG_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0, config.excludedPid()).array();
    }

    /** Adapts ring records to the reused SyscallRecord; one instance, so polling allocates nothing. */
    private static final class Dispatcher implements RecordHandler {
        private final SyscallRecord record;
        private SyscallHandler handler;
        private long malformed;

        Dispatcher(SyscallRecord record) {
            this.record = record;
        }

        @Override
        public void onRecord(MemorySegment data, long offset, int length) {
            if (record.wrap(data, offset, length)) {
                handler.onRecord(record);
            } else {
                malformed++;
            }
        }
    }
}
