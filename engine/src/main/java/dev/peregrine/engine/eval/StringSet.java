package dev.peregrine.engine.eval;

import java.util.Collection;

/**
 * An immutable open-addressing hash set of strings, for {@code in} and {@code intersects}. A lookup reads the
 * probed value's cached {@link String#hashCode}, compares it with a parallel {@code int[]} of stored hashes, and
 * calls {@code equals} only on a hash match: a miss (the usual answer) is one or two array reads, without the
 * node hops of a {@code HashSet}. The table is kept at most a quarter full so probe runs stay short.
 */
public final class StringSet {

    private final String[] keys;
    private final int[] hashes;
    private final int shift;
    private final int size;

    public StringSet(Collection<String> values) {
        int bits = 2;
        while ((1 << bits) < values.size() * 4) {
            bits++;
        }
        keys = new String[1 << bits];
        hashes = new int[1 << bits];
        shift = 32 - bits;
        int n = 0;
        for (String v : values) {
            if (add(v)) {
                n++;
            }
        }
        size = n;
    }

    private boolean add(String v) {
        int h = v.hashCode();
        int mask = keys.length - 1;
        for (int i = index(h); ; i = (i + 1) & mask) {
            if (keys[i] == null) {
                keys[i] = v;
                hashes[i] = h;
                return true;
            }
            if (hashes[i] == h && keys[i].equals(v)) {
                return false;
            }
        }
    }

    public boolean contains(String v) {
        int h = v.hashCode();
        int mask = keys.length - 1;
        for (int i = index(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return false;
            }
            if (hashes[i] == h && (k == v || k.equals(v))) {
                return true;
            }
        }
    }

    public int size() {
        return size;
    }

    /** Fibonacci hashing: the top bits of h times 2^32/phi, so similar hashes spread over the table. */
    private int index(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
