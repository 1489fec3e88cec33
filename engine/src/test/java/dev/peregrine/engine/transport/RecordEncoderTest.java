package dev.peregrine.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Strings through the encoder and back through a real ring: the ASCII fast path and the char-by-char path must
 * agree with the JDK's own UTF-8 encoder wherever one hands over to the other, and both must respect the per-string
 * cut and the record's size.
 */
class RecordEncoderTest {

    private static final int CAPACITY = 1 << 16;

    private final ByteBuffer file = ByteBuffer.allocateDirect((int) RingLayout.fileSize(CAPACITY))
            .order(ByteOrder.LITTLE_ENDIAN);
    private final RecordView view = new RecordView();

    RecordEncoderTest() {
        RingWriter.format(file, 1, 1, CAPACITY);
    }

    private String roundTrip(RecordEncoder enc, String path) throws CorruptRingException {
        enc.begin(1, RingLayout.FLAG_BEGIN | RingLayout.FLAG_END, 1, 2, 3, 4, 5);
        for (int s = 0; s < RingLayout.STRING_SLOTS; s++) {
            enc.string(s == RingLayout.S_PATH ? path : null);
        }
        for (int l = 0; l < RingLayout.LIST_SLOTS; l++) {
            enc.list((String[]) null);
        }
        assertTrue(enc.finish() > 0, "fits");
        assertTrue(new RingWriter(file).offer(enc.buffer(), enc.buffer().position()));
        RingReader reader = new RingReader(file, file, RingLayout.OFF_CONSUMER);
        assertTrue(reader.poll(view));
        return view.string(RingLayout.S_PATH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/shadow", "/tmp/é", "é/tmp", "/srv/€/x", "/home/😀/key", "\uD83D/lone high",
        "lone low \uDE00 then ascii", "mixed é then ascii again / and 中文 and 😀 end"})
    void decodesAsTheJdkEncodes(String s) throws Exception {
        String expected = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(expected, roundTrip(new RecordEncoder(16_384), s));
    }

    @Test
    void anAsciiStringIsCutAtTheStringLimit() throws Exception {
        String longAscii = "a".repeat(RingLayout.MAX_STRING + 904);
        assertEquals("a".repeat(RingLayout.MAX_STRING), roundTrip(new RecordEncoder(16_384), longAscii));
    }

    @Test
    void aMultiByteCharThatWouldCrossTheLimitIsLeftOutWhole() throws Exception {
        String s = "a".repeat(RingLayout.MAX_STRING - 1) + "é" + "bbb";
        assertEquals("a".repeat(RingLayout.MAX_STRING - 1), roundTrip(new RecordEncoder(16_384), s));
    }

    @Test
    void aRecordLargerThanTheScratchBufferIsRefused() {
        RecordEncoder enc = new RecordEncoder(256);
        enc.begin(1, 0, 1, 2, 3, 4, 5);
        enc.string("/" + "x".repeat(400));
        for (int s = 1; s < RingLayout.STRING_SLOTS; s++) {
            enc.string(null);
        }
        assertEquals(-1, enc.finish());
        // and the encoder is reusable afterwards
        enc.begin(1, 0, 1, 2, 3, 4, 5);
        enc.string("/ok");
        assertTrue(enc.finish() > 0);
    }
}
