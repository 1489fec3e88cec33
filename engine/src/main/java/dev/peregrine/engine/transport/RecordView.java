package dev.peregrine.engine.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One EVENT record as the reader found it, reused for every record: the fixed fields are copied, the strings are
 * kept as (offset, length) pairs into the ring and decoded only when asked ({@link #string}, {@link #list}), so
 * reading a record allocates nothing. Every offset and length was bounds-checked against the record by
 * {@link #parse}; the bytes may still change under a hostile writer, which can garble text but never cause an
 * out-of-bounds read. Valid until the next {@link RingReader#poll}.
 */
public final class RecordView {

    private ByteBuffer ring;
    private int op;
    private int flags;
    private long monoNanos;
    private long endNanos;
    private long tid;
    private long javaThreadId;
    private int number;
    private final int[] strOff = new int[RingLayout.STRING_SLOTS];
    private final int[] strLen = new int[RingLayout.STRING_SLOTS];
    /** Per list slot: index of its first entry in entryOff/entryLen, and its count (-1: null). */
    private final int[] listFirst = new int[RingLayout.LIST_SLOTS];
    private final int[] listCount = new int[RingLayout.LIST_SLOTS];
    private final int[] entryOff = new int[RingLayout.MAX_LIST * RingLayout.LIST_SLOTS];
    private final int[] entryLen = new int[RingLayout.MAX_LIST * RingLayout.LIST_SLOTS];
    private final byte[] scratch = new byte[RingLayout.MAX_STRING];

    /** Reads the record at absolute offset {@code at} of {@code len} bytes; checks every length it meets. */
    void parse(ByteBuffer ring, int at, int len) throws CorruptRingException {
        if (len < RingLayout.RECORD_HEADER + RingLayout.EVENT_FIXED) {
            throw new CorruptRingException("event record too short: " + len + " bytes");
        }
        this.ring = ring;
        int end = at + len;
        op = ring.get(at + 6) & 0xFF;
        flags = ring.get(at + 7) & 0xFF;
        int p = at + RingLayout.RECORD_HEADER;
        monoNanos = ring.getLong(p);
        endNanos = ring.getLong(p + 8);
        tid = ring.getLong(p + 16);
        javaThreadId = ring.getLong(p + 24);
        number = ring.getInt(p + 32);
        p += RingLayout.EVENT_FIXED;
        for (int s = 0; s < RingLayout.STRING_SLOTS; s++) {
            p = string(p, end, strOff, strLen, s);
        }
        int entries = 0;
        for (int l = 0; l < RingLayout.LIST_SLOTS; l++) {
            int count = u16(p, end);
            p += 2;
            listFirst[l] = entries;
            if (count == RingLayout.NULL_STRING) {
                listCount[l] = -1;
                continue;
            }
            if (count > RingLayout.MAX_LIST) {
                throw new CorruptRingException("list of " + count + " entries (at most " + RingLayout.MAX_LIST + ")");
            }
            listCount[l] = count;
            for (int i = 0; i < count; i++) {
                p = string(p, end, entryOff, entryLen, entries++);
            }
        }
    }

    private int string(int p, int end, int[] offs, int[] lens, int index) throws CorruptRingException {
        int n = u16(p, end);
        p += 2;
        if (n == RingLayout.NULL_STRING) {
            lens[index] = -1;
            return p;
        }
        if (n > RingLayout.MAX_STRING || n > end - p) {
            throw new CorruptRingException("string of " + n + " bytes overruns its record");
        }
        offs[index] = p;
        lens[index] = n;
        return p + n;
    }

    private int u16(int p, int end) throws CorruptRingException {
        if (end - p < 2) {
            throw new CorruptRingException("record truncated");
        }
        return ring.getShort(p) & 0xFFFF;
    }

    public int op() {
        return op;
    }

    public int flags() {
        return flags;
    }

    /** When the operation began (System.nanoTime of the JVM: CLOCK_MONOTONIC). */
    public long monoNanos() {
        return monoNanos;
    }

    /** When the operation ended, on the same clock; 0 when the record does not say (no {@code FLAG_END}). */
    public long endNanos() {
        return endNanos;
    }

    /** The Linux tid of the calling thread (see {@link #replaceTid}). */
    public long tid() {
        return tid;
    }

    /**
     * Replaces the record's tid: the reader of a ring written in another PID namespace puts the host's tid of the
     * thread here (0 when unknown), so everything downstream sees the ids the kernel's events carry.
     */
    public void replaceTid(long hostTid) {
        tid = hostTid;
    }

    public long javaThreadId() {
        return javaThreadId;
    }

    /** Open flags of a file open, port of a network operation. */
    public int number() {
        return number;
    }

    /** A string slot ({@code RingLayout.S_*}), decoded; null when the event had none. Allocates. */
    public String string(int slot) {
        return decode(strOff[slot], strLen[slot]);
    }

    /** A list slot ({@code RingLayout.L_*}), decoded; null when the event had none. Allocates. */
    public List<String> list(int slot) {
        int count = listCount[slot];
        if (count < 0) {
            return null;
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(decode(entryOff[listFirst[slot] + i], entryLen[listFirst[slot] + i]));
        }
        return out;
    }

    public int listSize(int slot) {
        return listCount[slot];
    }

    private String decode(int off, int len) {
        if (len < 0) {
            return null;
        }
        ring.get(off, scratch, 0, len);
        return new String(scratch, 0, len, StandardCharsets.UTF_8);
    }
}
