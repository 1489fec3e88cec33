package dev.peregrine.engine.transport;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Builds one EVENT record (layout: {@link RingLayout}) in a reused scratch buffer, without allocating: strings are
 * encoded to UTF-8 char by char, after a fast copy of their leading ASCII run (paths, class and method names: in
 * practice the whole string) straight into the buffer's array. Call {@link #begin}, then exactly {@link RingLayout#STRING_SLOTS} strings and
 * {@link RingLayout#LIST_SLOTS} lists in slot order, then {@link #finish}. A record that outgrows the scratch buffer
 * is marked overflowed and {@code finish} returns -1 (the caller drops and counts it).
 */
public final class RecordEncoder {

    private final ByteBuffer buf;
    private boolean overflow;

    public RecordEncoder(int maxRecord) {
        this.buf = ByteBuffer.allocate(maxRecord).order(ByteOrder.LITTLE_ENDIAN);
    }

    public void begin(int op, int flags, long beginNanos, long endNanos, long tid, long javaThreadId, int number) {
        overflow = false;
        buf.clear();
        buf.putInt(0).putShort((short) RingLayout.KIND_EVENT).put((byte) op).put((byte) flags);
        buf.putLong(beginNanos).putLong(endNanos).putLong(tid).putLong(javaThreadId).putInt(number).putInt(0);
    }

    public void string(String s) {
        if (s == null) {
            u16(RingLayout.NULL_STRING);
            return;
        }
        int lenAt = buf.position();
        if (!u16(0)) {
            return;
        }
        int start = buf.position();
        int n = s.length();
        for (int i = asciiPrefix(s); i < n; i++) {
            int c = s.charAt(i);
            int bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (Character.isHighSurrogate((char) c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++i));
                bytes = 4;
            } else if (Character.isSurrogate((char) c)) {
                c = '?';
                bytes = 1;
            }
            if (buf.position() - start + bytes > RingLayout.MAX_STRING) {
                break; // cut at a character boundary
            }
            if (buf.remaining() < bytes) {
                overflow = true;
                break;
            }
            utf8(c, bytes);
        }
        buf.putShort(lenAt, (short) (buf.position() - start));
    }

    public void list(List<String> items) {
        if (items == null) {
            u16(RingLayout.NULL_STRING);
            return;
        }
        int count = Math.min(items.size(), RingLayout.MAX_LIST);
        u16(count);
        for (int i = 0; i < count; i++) {
            string(items.get(i));
        }
    }

    public void list(String[] items) {
        if (items == null) {
            u16(RingLayout.NULL_STRING);
            return;
        }
        int count = Math.min(items.length, RingLayout.MAX_LIST);
        u16(count);
        for (int i = 0; i < count; i++) {
            string(items[i]);
        }
    }

    /** Writes the length; returns it, or -1 when the record overflowed. */
    public int finish() {
        if (overflow) {
            return -1;
        }
        buf.putInt(0, buf.position());
        return buf.position();
    }

    /** The scratch buffer holding the record after {@link #finish}. */
    public ByteBuffer buffer() {
        return buf;
    }

    private boolean u16(int v) {
        if (buf.remaining() < 2) {
            overflow = true;
            return false;
        }
        buf.putShort((short) v);
        return true;
    }

    /**
     * Copies the leading ASCII chars of {@code s} into the backing array, as far as the string and record limits
     * allow, and returns how many: one byte each, so no per-char width test and none of {@code put}'s bounds checks.
     * The char-by-char loop goes on from there and meets any limit that stopped this one.
     */
    private int asciiPrefix(String s) {
        byte[] a = buf.array();
        int p = buf.arrayOffset() + buf.position();
        int max = Math.min(s.length(), Math.min(RingLayout.MAX_STRING, buf.remaining()));
        int i = 0;
        while (i < max) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            a[p + i] = (byte) c;
            i++;
        }
        buf.position(buf.position() + i);
        return i;
    }

    private void utf8(int c, int bytes) {
        switch (bytes) {
            case 1 -> buf.put((byte) c);
            case 2 -> buf.put((byte) (0xC0 | (c >> 6))).put((byte) (0x80 | (c & 0x3F)));
            case 3 -> buf.put((byte) (0xE0 | (c >> 12))).put((byte) (0x80 | ((c >> 6) & 0x3F)))
                    .put((byte) (0x80 | (c & 0x3F)));
            default -> buf.put((byte) (0xF0 | (c >> 18))).put((byte) (0x80 | ((c >> 12) & 0x3F)))
                    .put((byte) (0x80 | ((c >> 6) & 0x3F))).put((byte) (0x80 | (c & 0x3F)));
        }
    }
}
