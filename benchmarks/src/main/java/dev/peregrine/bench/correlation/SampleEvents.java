package dev.peregrine.bench.correlation;

import dev.peregrine.engine.transport.RecordEncoder;
import dev.peregrine.engine.transport.RingLayout;

import java.nio.ByteBuffer;

/**
 * Agent events, built once and cycled. The {@code mixed} set: most are file opens outside the stack-watched prefixes
 * (no stack, as the agent records them), some opens of watched paths and process starts with a 32-frame stack, and
 * loopback connects with the caller frame. The {@code small} set: file opens without a stack only, the agent's most
 * common record. Each event is also kept pre-encoded, for the copy-only variant.
 */
final class SampleEvents {

    static final int SIZE = 64;
    private static final int FILE_OPEN = RingLayout.OPS.indexOf("file_open");
    private static final int PROCESS_START = RingLayout.OPS.indexOf("process_start");
    private static final int NET_CONNECT = RingLayout.OPS.indexOf("net_connect");

    final JvmOpSample[] events = new JvmOpSample[SIZE];
    final ByteBuffer[] encoded = new ByteBuffer[SIZE];
    final int[] lengths = new int[SIZE];
    /** Mean aligned record size in the ring, bytes. */
    final double meanRecordBytes;

    final String description;

    SampleEvents(boolean small) {
        String[] stack = stack(32);
        int flags = RingLayout.FLAG_BEGIN | RingLayout.FLAG_END;
        RecordEncoder encoder = new RecordEncoder(64 * 1024);
        long total = 0;
        for (int i = 0; i < SIZE; i++) {
            long begin = 1_000_000_000L + i * 10_000L;
            long tid = 4100 + i % 8;
            String thread = "http-nio-8080-exec-" + (i % 8);
            JvmOpSample e;
            if (small) {
                e = new JvmOpSample(FILE_OPEN, flags, begin, begin + 6_000, tid, tid - 4000, 0, thread,
                        "/srv/app/data/catalog/item-" + i + ".json", null, null, null, null);
            } else if (i % 16 == 0) {
                e = new JvmOpSample(PROCESS_START, flags, begin, begin + 900_000, tid, tid - 4000, 0, thread, null,
                        null, "com.example.Jobs.runReport(Jobs.java:88)",
                        new String[] {"/usr/bin/convert", "-resize", "50%", "/srv/app/upload/" + i + ".png"}, stack);
            } else if (i % 16 == 1) {
                e = new JvmOpSample(NET_CONNECT, flags, begin, begin + 40_000, tid, tid - 4000, 5432, thread, null,
                        "127.0.0.1", "org.postgresql.core.PGStream.<init>(PGStream.java:95)", null, null);
            } else if (i % 4 == 2) {
                e = new JvmOpSample(FILE_OPEN, flags, begin, begin + 8_000, tid, tid - 4000, 0, thread,
                        "/etc/app/secrets-" + i + ".properties", null, "com.example.Config.load(Config.java:41)",
                        null, stack);
            } else {
                e = new JvmOpSample(FILE_OPEN, flags, begin, begin + 6_000, tid, tid - 4000, 0, thread,
                        "/srv/app/data/catalog/item-" + i + ".json", null, null, null, null);
            }
            events[i] = e;
            int len = e.encode(encoder);
            lengths[i] = len;
            encoded[i] = ByteBuffer.allocate(len).put(0, encoder.buffer(), 0, len);
            total += RingLayout.align(len);
        }
        meanRecordBytes = (double) total / SIZE;
        description = small ? "file opens without a stack"
                : "opens without stack, opens and process starts with a 32-frame stack, connects";
    }

    private static String[] stack(int depth) {
        String[] frames = new String[depth];
        for (int i = 0; i < depth; i++) {
            frames[i] = "org.example.framework.layer" + i + ".Handler.invoke(Handler.java:" + (100 + i) + ")";
        }
        return frames;
    }
}
