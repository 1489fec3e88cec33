package dev.peregrine.engine.eval;

import java.util.Collection;

/**
 * An immutable open-addressing hash set of longs: {@code in} on numeric fields without boxing per event
 * ({@code HashSet<Long>} would allocate a Long for every value outside the small-integer cache).
 */
public final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] slots;
    private final int mask;
    /** {@link #EMPTY} doubles as the free-slot marker, so it is tracked apart. */
    private final boolean containsEmptyMarker;

    public LongSet(Collection<Long> values) {
        int capacity = Integer.highestOneBit(Math.max(4, values.size() * 2 + 1) - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(slots, EMPTY);
        boolean marker = false;
        for (long v : values) {
            if (v == EMPTY) {
                marker = true;
                continue;
            }
            int i = index(v);
            while (slots[i] != EMPTY && slots[i] != v) {
                i = (i + 1) & mask;
            }
            slots[i] = v;
        }
        containsEmptyMarker = marker;
    }

    public boolean contains(long v) {
        if (v == EMPTY) {
            return containsEmptyMarker;
        }
        int i = index(v);
        while (true) {
            long s = slots[i];
            if (s == v) {
                return true;
            }
            if (s == EMPTY) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private int index(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
