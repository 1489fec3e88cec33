package dev.peregrine.engine.transport;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The one definition of the ring file's layout, little-endian (the probe and the JVMs share a host).
 *
 * <pre>
 * header page (HEADER_SIZE bytes)
 *   cache line 0, written once by the agent before the file is complete:
 *     0  u64 magic "PRGRING1"      8 u32 version      12 u32 header size
 *    16  u64 pid                  24 u64 JVM start time (/proc/self/stat field 22, clock ticks since boot)
 *    32  u64 capacity (data bytes, power of two)
 *   cache line 1, written by the producer only:    64 u64 producer position    72 u64 dropped records
 *   cache line 2, written by the consumer only:   128 u64 consumer position
 * data: capacity bytes at DATA_OFFSET, records at (position & (capacity - 1)), 8-byte aligned, never split:
 *   record header: u32 length (header + body, before padding)  u16 kind (PAD | EVENT)  u8 op  u8 flags
 *   EVENT body:    u64 begin nanos  u64 end nanos (System.nanoTime = CLOCK_MONOTONIC, the clock of bpf_ktime_get_ns;
 *                  end 0 while unknown)  u64 tid  u64 Java thread id  s32 number  s32 reserved
 *                  STRING_SLOTS strings, then LIST_SLOTS lists
 *   string:        u16 byte length, then UTF-8 bytes; NULL_STRING for null
 *   list:          u16 count (NULL_STRING for null), then that many strings
 * A record that would cross the end of the data is preceded by a PAD record filling the rest of the data.
 * </pre>
 */
public final class RingLayout {

    public static final long MAGIC = 0x31474e4952475250L; // "PRGRING1" read as little-endian bytes
    public static final int VERSION = 2;
    public static final int HEADER_SIZE = 4096;
    public static final int DATA_OFFSET = HEADER_SIZE;

    public static final int OFF_MAGIC = 0;
    public static final int OFF_VERSION = 8;
    public static final int OFF_HEADER_SIZE = 12;
    public static final int OFF_PID = 16;
    public static final int OFF_START_TIME = 24;
    public static final int OFF_CAPACITY = 32;
    public static final int OFF_PRODUCER = 64;
    public static final int OFF_DROPPED = 72;
    public static final int OFF_CONSUMER = 128;

    public static final int MIN_CAPACITY = 4096;
    public static final int MAX_CAPACITY = 64 << 20;

    public static final int RECORD_HEADER = 8;
    public static final int KIND_PAD = 0;
    public static final int KIND_EVENT = 1;
    /** Fixed part of an EVENT body: begin, end, tid, java thread id, number, reserved. */
    public static final int EVENT_FIXED = 40;

    /**
     * Flags: the record holds the start of an operation (its begin time) and, with END too, its end: the kernel
     * events of thread {@code tid} between begin and end were caused by this operation.
     */
    public static final int FLAG_BEGIN = 1;
    public static final int FLAG_END = 2;
    public static final int FLAG_VIRTUAL_THREAD = 4;
    /** Operation-specific boolean: deserialization class resolved, native library loaded through FFM. */
    public static final int FLAG_BOOL = 8;

    /** String slots, in record order. */
    public static final int S_THREAD_NAME = 0;
    public static final int S_PATH = 1;
    public static final int S_TARGET = 2;
    public static final int S_CWD = 3;
    public static final int S_ADDRESS = 4;
    public static final int S_HOST = 5;
    public static final int S_FAMILY = 6;
    public static final int S_CLASS_NAME = 7;
    public static final int S_JNDI_NAME = 8;
    public static final int S_CALLER = 9;
    public static final int STRING_SLOTS = 10;

    /** List slots, in record order after the strings. */
    public static final int L_ARGV = 0;
    public static final int L_ENV = 1;
    public static final int L_STACK = 2;
    public static final int LIST_SLOTS = 3;

    /** Operation codes: a record's op byte is an index into this array of {@code jvm.op} names. */
    public static final java.util.List<String> OPS = java.util.List.of("file_open", "file_delete", "file_rename",
            "process_start", "net_connect", "net_bind", "net_accept", "deserialize", "jndi_lookup", "native_load");

    /** The ring file of the JVM with process id {@code pid}, in the directory the probe watches. */
    public static String fileName(long pid) {
        return pid + ".ring";
    }

    /**
     * The ring file of a JVM in a PID namespace other than the initial one (a container), where its pid is not the
     * host's and not unique (every container has a pid 1): {@code <pid>-<start time>-<pid namespace inode>-<nonce
     * hex>.ring}, all as the JVM sees them. The probe finds the host process from the first three and checks them
     * (see the probe's {@code dev.peregrine.probe.jvm}); the nonce only keeps the name unique.
     */
    public static String namespacedFileName(long pid, long startTime, long pidNamespace, long nonce) {
        return pid + "-" + startTime + "-" + pidNamespace + "-" + Long.toHexString(nonce) + ".ring";
    }

    /**
     * The file by which a running probe announces itself in the ring directory: {@code "<pid> <start time>\n"},
     * owned by root, not writable by others. An agent in {@code mode=auto} uses the probe only if that process is
     * alive with that start time; a probe that crashed leaves a file naming a process that is gone.
     */
    public static final String PROBE_FILE = "probe.pid";

    public static final int NULL_STRING = 0xFFFF;
    /** Longest string kept (bytes); longer ones are cut at a character boundary. */
    public static final int MAX_STRING = 4096;
    /** Most entries of a list kept. */
    public static final int MAX_LIST = 256;

    static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private RingLayout() {
    }

    public static int align(int n) {
        return (n + 7) & ~7;
    }

    /** The file size of a ring with {@code capacity} data bytes. */
    public static long fileSize(int capacity) {
        return (long) DATA_OFFSET + capacity;
    }

    /** Checks the header of a ring of {@code fileSize} bytes; returns the problem, or null when it is valid. */
    public static String headerProblem(ByteBuffer header, long fileSize) {
        if (fileSize < DATA_OFFSET + MIN_CAPACITY || header.capacity() < HEADER_SIZE) {
            return "file too small (" + fileSize + " bytes)";
        }
        ByteBuffer h = header.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (h.getLong(OFF_MAGIC) != MAGIC) {
            return "bad magic " + Long.toHexString(h.getLong(OFF_MAGIC));
        }
        if (h.getInt(OFF_VERSION) != VERSION) {
            return "unsupported version " + h.getInt(OFF_VERSION) + " (expected " + VERSION + ")";
        }
        if (h.getInt(OFF_HEADER_SIZE) != HEADER_SIZE) {
            return "bad header size " + h.getInt(OFF_HEADER_SIZE);
        }
        long capacity = h.getLong(OFF_CAPACITY);
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY || Long.bitCount(capacity) != 1) {
            return "bad capacity " + capacity + " (a power of two in [" + MIN_CAPACITY + ", " + MAX_CAPACITY + "])";
        }
        if (fileSize != DATA_OFFSET + capacity) {
            return "file size " + fileSize + " does not match capacity " + capacity;
        }
        if (h.getLong(OFF_PID) <= 0 || h.getLong(OFF_PID) > Integer.MAX_VALUE) {
            return "bad pid " + h.getLong(OFF_PID);
        }
        return null;
    }
}
