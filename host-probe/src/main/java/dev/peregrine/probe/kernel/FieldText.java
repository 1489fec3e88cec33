package dev.peregrine.probe.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decoding of the variable fields' bytes: C strings, NUL-separated lists, leaf-first path components. */
final class FieldText {

    private FieldText() {
    }

    /** The bytes up to the first NUL (or the end), as UTF-8 (invalid bytes become U+FFFD, nothing is lost silently). */
    static String cString(MemorySegment seg, long offset, int length) {
        int n = 0;
        while (n < length && seg.get(ValueLayout.JAVA_BYTE, offset + n) != 0) {
            n++;
        }
        return utf8(seg, offset, n);
    }

    /** NUL-separated strings (argv): a trailing NUL ends the last one. */
    static List<String> list(MemorySegment seg, long offset, int length) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (seg.get(ValueLayout.JAVA_BYTE, offset + i) == 0) {
                out.add(utf8(seg, offset + start, i - start));
                start = i + 1;
            }
        }
        if (start < length) {
            out.add(utf8(seg, offset + start, length - start));
        }
        return out;
    }

    /**
     * An absolute path from the kernel's walk, which writes components leaf first ("b\0a\0" is /a/b, nothing is /).
     */
    static String reversedPath(MemorySegment seg, long offset, int length) {
        List<String> parts = list(seg, offset, length);
        if (parts.isEmpty()) {
            return "/";
        }
        StringBuilder sb = new StringBuilder(length + 1);
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append('/').append(parts.get(i));
        }
        return sb.toString();
    }

    private static String utf8(MemorySegment seg, long offset, int n) {
        byte[] bytes = new byte[n];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, offset, bytes, 0, n);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
