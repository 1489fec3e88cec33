package dev.peregrine.probe.bpf;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * One map of a {@link BpfObject}. Before load: size and initial value ({@code .rodata} configuration). After load:
 * its fd and element access through the {@code bpf(2)} syscall wrappers (not for hot paths: each call is a syscall).
 */
public final class BpfMap {

    private static final long BPF_ANY = 0;

    private final Libbpf libbpf;
    private final MemorySegment map;
    private final String name;

    BpfMap(Libbpf libbpf, MemorySegment map, String name) {
        this.libbpf = libbpf;
        this.map = map;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Before load only. */
    public void setMaxEntries(int maxEntries) {
        check(call(() -> (int) libbpf.mapSetMaxEntries.invokeExact(map, maxEntries)), "bpf_map__set_max_entries");
    }

    public int maxEntries() {
        return call(() -> (int) libbpf.mapMaxEntries.invokeExact(map));
    }

    public int valueSize() {
        return call(() -> (int) libbpf.mapValueSize.invokeExact(map));
    }

    /** Before load only: the initial contents of a global data map; must be exactly its value size. */
    public void setInitialValue(byte[] data) {
        if (data.length != valueSize()) {
            throw new IllegalArgumentException("map " + name + " holds " + valueSize() + " bytes, got " + data.length
                    + ": the Java mirror of the BPF configuration struct is out of date");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(data.length, 8);
            MemorySegment.copy(data, 0, buf, JAVA_BYTE, 0, data.length);
            check(call(() -> (int) libbpf.mapSetInitialValue.invokeExact(map, buf, (long) data.length)),
                    "bpf_map__set_initial_value");
        }
    }

    /** After load: the map's file descriptor (owned by the object; do not close). */
    public int fd() {
        int fd = call(() -> (int) libbpf.mapFd.invokeExact(map));
        if (fd < 0) {
            throw new IllegalStateException("map " + name + " has no fd: object not loaded");
        }
        return fd;
    }

    /** Sets a {@code u32 -> u8} element. */
    public void updateByte(int key, byte value) {
        int fd = fd();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = arena.allocateFrom(JAVA_INT, key);
            MemorySegment v = arena.allocateFrom(JAVA_BYTE, value);
            check(call(() -> (int) libbpf.mapUpdateElem.invokeExact(fd, k, v, BPF_ANY)), "bpf_map_update_elem");
        }
    }

    /** Sum over all CPUs of a per-CPU {@code u32 -> u64} element. */
    public long sumPerCpuLong(int key) {
        int fd = fd();
        int cpus = BpfSystem.possibleCpus();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = arena.allocateFrom(JAVA_INT, key);
            // Per-CPU values come back as one 8-byte aligned slot per possible CPU.
            MemorySegment v = arena.allocate(8L * cpus, 8);
            check(call(() -> (int) libbpf.mapLookupElem.invokeExact(fd, k, v)), "bpf_map_lookup_elem");
            long sum = 0;
            for (int cpu = 0; cpu < cpus; cpu++) {
                sum += v.getAtIndex(JAVA_LONG, cpu);
            }
            return sum;
        }
    }

    private void check(int rc, String what) {
        if (rc < 0) {
            throw new IllegalStateException(what + "(" + name + "): " + NativeCall.describe(rc));
        }
    }

    @FunctionalInterface
    private interface IntCall {
        int call() throws Throwable;
    }

    private static int call(IntCall c) {
        try {
            return c.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw Errors.unexpected("libbpf map call", t);
        }
    }
}
