package dev.peregrine.probe.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Decoding of socket addresses: raw {@code struct sockaddr_*} bytes and the kernel socket tuple's addresses. */
final class SockAddrs {

    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;

    private SockAddrs() {
    }

    static int family(MemorySegment seg, long off, int len) {
        return len >= 2 ? Short.toUnsignedInt(seg.get(ValueLayout.JAVA_SHORT_UNALIGNED, off)) : -1;
    }

    /** sin_port / sin6_port (network order in memory), or -1. */
    static int port(MemorySegment seg, long off, int len) {
        int family = family(seg, off, len);
        if ((family == AF_INET && len >= 8) || (family == AF_INET6 && len >= 24)) {
            return (Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, off + 2)) << 8)
                    | Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, off + 3));
        }
        return -1;
    }

    /** sin_addr / sin6_addr as text, or null. */
    static String ip(MemorySegment seg, long off, int len) {
        int family = family(seg, off, len);
        if (family == AF_INET && len >= 8) {
            return address(seg, off + 4, AF_INET);
        }
        if (family == AF_INET6 && len >= 24) {
            return address(seg, off + 8, AF_INET6);
        }
        return null;
    }

    /** sun_path; abstract names (leading NUL) are shown with a leading '@', as ss(8) and Falco do. */
    static String unixPath(MemorySegment seg, long off, int len) {
        if (family(seg, off, len) != AF_UNIX || len <= 2) {
            return null;
        }
        if (seg.get(ValueLayout.JAVA_BYTE, off + 2) == 0) {
            return "@" + FieldText.cString(seg, off + 3, len - 3);
        }
        return FieldText.cString(seg, off + 2, len - 2);
    }

    /** 4 (AF_INET) or 16 (AF_INET6) address bytes at off as text. */
    static String address(MemorySegment seg, long off, int family) {
        byte[] raw = new byte[family == AF_INET6 ? 16 : 4];
        MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, off, raw, 0, raw.length);
        try {
            return InetAddress.getByAddress(raw).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // impossible: the length is 4 or 16
        }
    }
}
