package dev.peregrine.engine.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.output.FalcoJson;
import dev.peregrine.engine.output.MiniJson;
import dev.peregrine.engine.rules.Priority;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSinkTest {

    @TempDir
    Path dir;

    @Test
    void writesOneParseableFalcoAlertPerLineFromManyThreads() throws Exception {
        Path file = dir.resolve("alerts.json");
        int threads = 4;
        int perThread = 100;
        try (JsonLinesSink sink = JsonLinesSink.file(file, ZoneOffset.UTC)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                workers.add(new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        sink.accept(Alerts.alert("rule-" + id + "-" + i, Priority.WARNING));
                    }
                }));
            }
            workers.forEach(Thread::start);
            for (Thread w : workers) {
                w.join();
            }
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(threads * perThread, lines.size());
        Set<Object> rules = new HashSet<>();
        for (String line : lines) {
            Map<?, ?> alert = (Map<?, ?>) MiniJson.parse(line);
            rules.add(alert.get("rule"));
            assertEquals("09:12:31.123456789: Warning shell (proc=bash file=<NA>) \"é\"\n", alert.get("output"));
            assertTrue(((Map<?, ?>) alert.get("output_fields")).containsKey("fd.name"));
        }
        assertEquals(threads * perThread, rules.size(), "every alert written exactly once");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void appendsToAnExistingFile() throws IOException {
        Path file = dir.resolve("alerts.json");
        Files.writeString(file, "{\"earlier\":1}\n");
        try (JsonLinesSink sink = JsonLinesSink.file(file, ZoneOffset.UTC)) {
            sink.accept(Alerts.alert("r", Priority.ERROR));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertEquals("{\"earlier\":1}", lines.get(0));
    }

    @Test
    void refusesASymbolicLink() throws IOException {
        Path target = Files.writeString(dir.resolve("shadow"), "secret\n");
        Path link = Files.createSymbolicLink(dir.resolve("alerts.json"), target);
        assertThrows(IOException.class, () -> JsonLinesSink.file(link, ZoneOffset.UTC));
        assertEquals("secret\n", Files.readString(target));
    }

    @Test
    void stdoutIsUtf8AndLeftOpen() {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream capture = new java.io.PrintStream(bytes, true, StandardCharsets.ISO_8859_1)) {
            System.setOut(capture);
            JsonLinesSink sink = JsonLinesSink.stdout(ZoneOffset.UTC);
            sink.accept(Alerts.alert("r", Priority.NOTICE));
            sink.close();
            capture.print("after");
        } finally {
            System.setOut(saved);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n" + "after"), text);
        Map<?, ?> alert = (Map<?, ?>) MiniJson.parse(text.substring(0, text.indexOf('\n')));
        // Decoded as UTF-8 above: the é survives although the stream's own charset is ISO-8859-1.
        assertEquals("09:12:31.123456789: Notice shell (proc=bash file=<NA>) \"é\"\n", alert.get("output"));
    }

    @Test
    void writesToAWriterAndLeavesItOpenWhenNotOwned() {
        StringWriter out = new StringWriter();
        JsonLinesSink sink = new JsonLinesSink(out, false, new FalcoJson(ZoneOffset.UTC));
        sink.accept(Alerts.alert("r", Priority.DEBUG));
        sink.close();
        String expected = new FalcoJson(ZoneOffset.UTC).format(Alerts.alert("r", Priority.DEBUG)) + "\n";
        assertEquals(expected, out.toString());
        assertThrows(IllegalStateException.class, () -> sink.accept(Alerts.alert("r", Priority.DEBUG)));
        out.write("still open");
    }
}
