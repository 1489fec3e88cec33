package dev.peregrine.bench.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.transport.RingLayout;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The throughput pipes really move every event: a small ring wraps many times (so padding and the full-ring path are
 * exercised) and the consumer's checksum must match; the checksum itself rejects a wrong sum.
 */
class RingPipeTest {

    @TempDir
    Path dir;

    @Test
    void everyRecordCrossesASmallRingIntact() throws Exception {
        SampleEvents events = new SampleEvents(false);
        RingPipe pipe = RingPipe.create(dir.resolve("t.ring"), RingLayout.MIN_CAPACITY * 4, events, false);
        assertTrue(pipe.run(5_000) > 0); // run() verifies the checksum and throws on a mismatch
        assertTrue(pipe.run(1_003) > 0); // positions continue from the previous run
    }

    @Test
    void preEncodedRecordsAndTheQueueBaselineToo() throws Exception {
        SampleEvents events = new SampleEvents(true);
        assertTrue(RingPipe.create(dir.resolve("p.ring"), RingLayout.MIN_CAPACITY, events, true).run(5_000) > 0);
        assertTrue(new QueuePipe(events, 16).run(5_000) > 0);
    }

    @Test
    void checksumRejectsALostRecord() {
        SampleEvents events = new SampleEvents(true);
        long oneLess = 0;
        for (int i = 0; i < 9; i++) {
            oneLess += events.events[i].digest();
        }
        long sum = oneLess;
        assertThrows(IllegalStateException.class, () -> Checksum.verify("test", events, 10, sum));
        Checksum.verify("test", events, 9, sum);
        assertEquals(SampleEvents.SIZE, events.events.length);
    }
}
