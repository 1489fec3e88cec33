package dev.peregrine.probe.correlate;

import java.util.Arrays;

/**
 * A map from positive ints (pids, tids) to ints, by open addressing with linear probing and backward-shift
 * deletion: no boxing and no allocation once sized, which the correlator's per-event lookups (and the JVM rings' tid translation) need. Grows by
 * doubling at half full. Single-threaded.
 */
public final class IntIntMap {

    public static final int MISSING = -1;

    private int[] keys;
    private int[] values;
    private int size;

    public IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        keys = new int[cap];
        values = new int[cap];
    }

    /** The value of {@code key}, or {@link #MISSING}. */
    public int get(int key) {
        if (key <= 0) {
            return MISSING;
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return MISSING;
            }
        }
    }

    /** Sets {@code key} (positive) to {@code value}. */
    public void put(int key, int value) {
        if (key <= 0) {
            throw new IllegalArgumentException("key must be positive: " + key);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    /** Removes {@code key}; returns its value or {@link #MISSING}. */
    public int remove(int key) {
        if (key <= 0) {
            return MISSING;
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
        int old = values[i];
        // Backward shift: move later entries of the probe run into the hole, so lookups never need tombstones.
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = mix(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        size--;
        return old;
    }

    public int size() {
        return size;
    }

    public void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
