package dev.peregrine.bench.probe;

import dev.peregrine.probe.ring.RecordHandler;
import dev.peregrine.probe.ring.RingConsumer;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The consumer's drain loop under JMH, over a {@link SyntheticRing} (ordinary memory laid out like a BPF ring buffer,
 * 1 MiB of committed getppid-sized records): the real {@link RingConsumer} (acquire loads, release store per record)
 * feeding the real SyscallRecord decoder, vs the same consumer with an empty handler, vs a plain loop reading the
 * same values (the baseline). Scores are ns per record. The kernel-ring figure is DrainBench's; this one isolates the
 * Java code from the kernel's memory and the generator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RingDrainBenchmark {

    static final int RING_BYTES = 1 << 20;
    /** RING_BYTES / 216 (bpf_ringbuf_hdr + struct pg_event): checked at setup. */
    static final int RECORDS = 4854;

    private Arena arena;
    private SyntheticRing ring;
    private DecodingHandler decoded;
    private RecordDecoder decoder;
    private final Counter counter = new Counter();

    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofShared();
        ring = new SyntheticRing(arena, RING_BYTES, null);
        if (ring.records != RECORDS) {
            throw new IllegalStateException("record size changed: " + ring.records + " records per ring, not " + RECORDS);
        }
        decoded = new DecodingHandler();
        decoder = new RecordDecoder(decoded);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** Real consumer + real decoding (SyscallRecord.wrap + six field reads), as KernelProbe.poll does. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long drainDecode() {
        ring.refill();
        new RingConsumer(ring.consumerPos, ring.producerPos, ring.data, RING_BYTES).drain(decoder);
        return decoded.checksum();
    }

    /** Real consumer, a handler that only counts: the ring protocol's own cost. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long drainProtocolOnly() {
        ring.refill();
        new RingConsumer(ring.consumerPos, ring.producerPos, ring.data, RING_BYTES).drain(counter);
        return counter.n;
    }

    /** Baseline: a plain loop reading the same values from the same bytes. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long plainScan() {
        return SyntheticRing.plainScan(ring.data, ring.usedBytes());
    }

    private static final class Counter implements RecordHandler {
        long n;

        @Override
        public void onRecord(MemorySegment data, long offset, int length) {
            n += length;
        }
    }
}
