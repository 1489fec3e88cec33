package dev.peregrine.probe.kernel;

import java.util.Arrays;

/**
 * Records the kernel could not put in the ring (it was full), per slot (syscall number or PROC_*), summed over CPUs,
 * plus records the consumer found malformed. A snapshot.
 */
public final class DropCounts {

    private final long[] perSlot;
    private final long malformed;

    DropCounts(long[] perSlot, long malformed) {
        this.perSlot = perSlot.clone();
        this.malformed = malformed;
    }

    public long forSlot(int slot) {
        return slot >= 0 && slot < perSlot.length ? perSlot[slot] : 0;
    }

    /** Per slot counts (a copy), indexed like the wanted map: syscall number or PROC_*. */
    public long[] perSlot() {
        return perSlot.clone();
    }

    public long total() {
        long sum = malformed;
        for (long n : perSlot) {
            sum += n;
        }
        return sum;
    }

    public long malformed() {
        return malformed;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DropCounts{");
        for (int i = 0; i < perSlot.length; i++) {
            if (perSlot[i] != 0) {
                sb.append(SyscallNumbers.name(i)).append('=').append(perSlot[i]).append(' ');
            }
        }
        return sb.append("malformed=").append(malformed).append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DropCounts d && d.malformed == malformed && Arrays.equals(d.perSlot, perSlot);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(perSlot) * 31 + Long.hashCode(malformed);
    }
}
