package dev.peregrine.probe.state;

import java.util.function.IntConsumer;

/**
 * An int-keyed hash map with open addressing and linear probing. Exists because {@code HashMap<Integer, V>} boxes
 * every pid looked up (Integer's cache stops at 127), and the process table is consulted for every event. Removal
 * uses backward-shift deletion, so there are no tombstones and lookups stay short after heavy churn (pids are
 * recycled constantly). Not thread-safe: owned by the single thread that consumes events.
 */
final class IntMap<V> {
    private static final int FREE = Integer.MIN_VALUE;

    private int[] keys;
    private Object[] values;
    private int size;
    private int mask;

    IntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(cap);
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        int i = slot(key);
        while (true) {
            int k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == FREE) {
                return null;
            }
            i = (i + 1) & mask;
        }
    }

    /** Associates {@code value} with {@code key}; {@code key} must not be {@link Integer#MIN_VALUE}. */
    void put(int key, V value) {
        if (key == FREE) {
            throw new IllegalArgumentException("reserved key");
        }
        int i = slot(key);
        while (keys[i] != FREE) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            rehash(keys.length << 1);
        }
    }

    @SuppressWarnings("unchecked")
    V remove(int key) {
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == FREE) {
                return null;
            }
            i = (i + 1) & mask;
        }
        V old = (V) values[i];
        size--;
        // Backward shift: pull later members of the probe chain into the hole so no lookup stops early.
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            int k = keys[j];
            if (k == FREE) {
                break;
            }
            int home = slot(k);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                keys[hole] = k;
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = FREE;
        values[hole] = null;
        return old;
    }

    /** Calls {@code action} with every key; the action must not modify this map. */
    void forEachKey(IntConsumer action) {
        for (int k : keys) {
            if (k != FREE) {
                action.accept(k);
            }
        }
    }

    /** The key stored in slot {@code i} (for sampling), or {@link Integer#MIN_VALUE} when the slot is free. */
    int keyAt(int i) {
        return keys[i & mask];
    }

    int capacity() {
        return keys.length;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void rehash(int cap) {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(cap);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }

    private void allocate(int cap) {
        keys = new int[cap];
        java.util.Arrays.fill(keys, FREE);
        values = new Object[cap];
        mask = cap - 1;
    }
}
