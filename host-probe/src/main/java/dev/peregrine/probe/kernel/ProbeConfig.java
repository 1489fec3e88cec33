package dev.peregrine.probe.kernel;

import java.util.BitSet;

/**
 * What to load: the ring buffer size in bytes (a power of two, at least one page; the kernel rounds nothing), the
 * initially wanted slots (syscall numbers and {@link SyscallNumbers#PROC_FORK}/{@link SyscallNumbers#PROC_EXIT}),
 * and the process never traced (the probe itself, so its own reads of /proc do not feed back into the ring).
 */
public record ProbeConfig(int ringBytes, BitSet wanted, int excludedPid) {

    public static final int DEFAULT_RING_BYTES = 8 << 20;

    public ProbeConfig {
        if (ringBytes < 4096 || Integer.bitCount(ringBytes) != 1) {
            throw new IllegalArgumentException("ring size must be a power of two >= 4096, got " + ringBytes);
        }
        if (wanted.length() > SyscallNumbers.SLOTS) {
            throw new IllegalArgumentException("wanted slot " + (wanted.length() - 1) + " is out of range");
        }
        wanted = (BitSet) wanted.clone();
    }

    /** 8 MiB ring, every decoded syscall plus fork/exit, this JVM excluded. */
    public static ProbeConfig defaults() {
        return new ProbeConfig(DEFAULT_RING_BYTES, SyscallNumbers.all(), (int) ProcessHandle.current().pid());
    }

    public ProbeConfig withRingBytes(int bytes) {
        return new ProbeConfig(bytes, wanted, excludedPid);
    }

    public ProbeConfig withWanted(BitSet set) {
        return new ProbeConfig(ringBytes, set, excludedPid);
    }

    @Override
    public BitSet wanted() {
        return (BitSet) wanted.clone();
    }
}
