package dev.peregrine.bench.correlation;

import dev.peregrine.engine.transport.RecordEncoder;
import dev.peregrine.engine.transport.RecordView;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingReader;
import dev.peregrine.engine.transport.RingWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The agent → probe transport as shipped, over a real memory-mapped ring file: the producer thread encodes each event
 * ({@link RecordEncoder}, as the agent's RingSink) and offers it to a {@link RingWriter}; the consumer thread reads
 * it back with a {@link RingReader} into a {@link RecordView} through a read-only mapping plus a writable mapping of
 * the header (the probe's arrangement), and reads the fields the correlator joins on. With {@code preEncoded} the
 * producer copies ready-made records, which isolates the encoder's share.
 *
 * <p>A full ring makes the agent drop; here the producer retries instead (counted), so the figure is the rate the
 * transport sustains, not a drop rate.
 */
final class RingPipe implements Pipe {

    private final SampleEvents events;
    private final boolean preEncoded;
    private final ByteBuffer writable;
    private final ByteBuffer readOnly;
    private final ByteBuffer consumerCell;
    private final RecordEncoder encoder = new RecordEncoder(64 * 1024);
    private long fullRetries;

    private RingPipe(SampleEvents events, boolean preEncoded, ByteBuffer writable, ByteBuffer readOnly,
                     ByteBuffer consumerCell) {
        this.events = events;
        this.preEncoded = preEncoded;
        this.writable = writable;
        this.readOnly = readOnly;
        this.consumerCell = consumerCell;
    }

    /** Creates and formats the ring file {@code file} with {@code capacity} data bytes, and maps it both ways. */
    static RingPipe create(Path file, int capacity, SampleEvents events, boolean preEncoded) throws IOException {
        Files.deleteIfExists(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = RingLayout.fileSize(capacity);
            ByteBuffer rw = ch.map(FileChannel.MapMode.READ_WRITE, 0, size);
            RingWriter.format(rw, ProcessHandle.current().pid(), 0, capacity);
            ByteBuffer ro = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            ByteBuffer cell = ch.map(FileChannel.MapMode.READ_WRITE, 0, RingLayout.HEADER_SIZE);
            return new RingPipe(events, preEncoded, rw, ro, cell);
        }
    }

    @Override
    public String name() {
        return preEncoded ? "ring, records pre-encoded (RingWriter copy -> RingReader)"
                : "ring (RecordEncoder+RingWriter -> RingReader+RecordView)";
    }

    @Override
    public long run(long count) throws Exception {
        RingWriter writer = new RingWriter(writable);
        RingReader reader = new RingReader(readOnly, consumerCell, RingLayout.OFF_CONSUMER);
        RecordView view = new RecordView();
        long droppedBefore = writer.dropped();
        Thread producer = new Thread(() -> produce(writer, count), "ring-producer");
        long start = System.nanoTime();
        producer.start();
        long sum = 0;
        int misses = 0;
        for (long n = 0; n < count; ) {
            if (reader.poll(view)) {
                n++;
                misses = 0;
                sum += view.op() + view.flags() + view.monoNanos() + view.endNanos() + view.tid()
                        + view.listSize(RingLayout.L_STACK);
            } else {
                Backoff.idle(misses++);
            }
        }
        reader.commit();
        long elapsed = System.nanoTime() - start;
        producer.join();
        fullRetries += writer.dropped() - droppedBefore;
        Checksum.verify(name(), events, count, sum);
        return elapsed;
    }

    private void produce(RingWriter writer, long count) {
        for (long i = 0; i < count; i++) {
            int k = (int) (i % SampleEvents.SIZE);
            ByteBuffer record;
            int length;
            if (preEncoded) {
                record = events.encoded[k];
                length = events.lengths[k];
            } else {
                length = events.events[k].encode(encoder);
                record = encoder.buffer();
            }
            for (int attempt = 0; !writer.offer(record, length); attempt++) {
                Backoff.idle(attempt);
            }
        }
    }

    @Override
    public long fullRetries() {
        return fullRetries;
    }
}
