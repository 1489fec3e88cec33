package dev.peregrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    private static final long T1 = 1_741_943_551_104_331_207L;
    private static final long T3 = 1_741_943_553_000_000_042L;

    private static final String RULES = """
            - macro: open_read
              condition: evt.type in (open, openat) and evt.is_open_read = true

            - rule: Shadow read
              desc: test
              condition: open_read and fd.name = /etc/shadow and not proc.name in (sshd)
              output: Shadow read | file=%fd.name process=%proc.name gparent=%proc.aname[2] flags=%evt.arg.flags uid=%user.uid
              priority: WARNING
              tags: [test, T1003]

            - rule: Shell from java
              desc: test
              condition: evt.type = execve and proc.name = sh and proc.pname = java
              output: Shell from java | cmd=%proc.cmdline
              priority: CRITICAL
            """;

    private static final String EVENTS = """
            {"evt.type":"openat","evt.rawtime":%d,"evt.is_open_read":true,"fd.name":"/etc/shadow","proc.name":"cat","proc.aname[2]":"bash","evt.arg.flags":"O_RDONLY","user.uid":"0"}
            {"evt.type":"openat","evt.is_open_read":true,"fd.name":"/etc/shadow","proc.name":"sshd","proc.aname[2]":"systemd"}

            {"evt.type":"execve","evt.rawtime":%d,"proc.name":"sh","proc.pname":"java","proc.cmdline":"sh -c id"}
            """.formatted(T1, T3);

    @TempDir
    Path dir;
    Path rules;
    Path events;

    @BeforeEach
    void files() throws IOException {
        rules = Files.writeString(dir.resolve("rules.yaml"), RULES);
        events = Files.writeString(dir.resolve("events.jsonl"), EVENTS);
    }

    @Test
    void textAlertsAreFalcoLines() {
        Cli.Result r = Cli.run("replay", "--rules", rules.toString(), "--events", events.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(time(T1) + ": Warning Shadow read | file=/etc/shadow process=cat gparent=bash flags=O_RDONLY uid=0\n"
                + time(T3) + ": Critical Shell from java | cmd=sh -c id\n", r.out());
        assertTrue(r.err().contains("replayed 3 events from " + events + ": 2 alerts (1 Critical, 1 Warning)"),
                r::toString);
    }

    @Test
    void jsonAlertsAreFalcoJson() throws IOException {
        Cli.Result r = Cli.run("replay", "--rules", rules.toString(), "--events", events.toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        ObjectMapper json = new ObjectMapper();

        JsonNode first = json.readTree(lines.get(0));
        assertEquals("Shadow read", first.get("rule").asText());
        assertEquals("Warning", first.get("priority").asText());
        assertEquals("syscall", first.get("source").asText());
        JsonNode fields = first.get("output_fields");
        assertEquals("/etc/shadow", fields.get("fd.name").asText());
        assertEquals("cat", fields.get("proc.name").asText());
        assertEquals("bash", fields.get("proc.aname[2]").asText());
        assertEquals("O_RDONLY", fields.get("evt.arg.flags").asText());
        assertTrue(fields.get("user.uid").isIntegralNumber(), () -> "user.uid given as \"0\" must be a number: " + fields);
        assertEquals(0, fields.get("user.uid").asLong());
        assertEquals(T1, fields.get("evt.time").asLong());
        assertEquals(List.of("T1003", "test"), json.convertValue(first.get("tags"), List.class));

        JsonNode second = json.readTree(lines.get(1));
        assertEquals("Shell from java", second.get("rule").asText());
        assertEquals("Critical", second.get("priority").asText());
        assertEquals("sh -c id", second.get("output_fields").get("proc.cmdline").asText());
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndSkipped() throws IOException {
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"), """
                {"evt.type":"execve","proc.name":"sh","proc.pname":"java","proc.cmdline":"sh -c one"}
                {"evt.type":"execve","proc.name":"sh",
                {"evt.type":"execve","proc.nmae":"sh"}
                {"evt.type":"openat","fd.num":"three"}
                ["not", "an", "object"]
                {"proc.name":"sh"}
                {"evt.type":"execve","proc.name":"sh","proc.pname":"java","proc.cmdline":"sh -c seven"}
                """);
        Cli.Result r = Cli.run("replay", "--rules", rules.toString(), "--events", mixed.toString());
        assertEquals(1, r.exit(), r::toString);
        String err = r.err();
        assertTrue(err.contains(mixed + ":2:"), r::toString);
        assertTrue(err.contains("invalid JSON"), r::toString);
        assertTrue(err.contains(mixed + ":3: error: unknown field 'proc.nmae' (did you mean proc.name"), r::toString);
        assertTrue(err.contains(mixed + ":4: error: field 'fd.num' (int) expects an integer, got \"three\""),
                r::toString);
        assertTrue(err.contains(mixed + ":5: error: expected a JSON object"), r::toString);
        assertTrue(err.contains(mixed + ":6: error: missing \"evt.type\""), r::toString);
        assertFalse(err.contains(mixed + ":1:") || err.contains(mixed + ":7:"), r::toString);
        // The good lines around the bad ones were still evaluated.
        assertTrue(r.out().contains("cmd=sh -c one"), r::toString);
        assertTrue(r.out().contains("cmd=sh -c seven"), r::toString);
        assertTrue(err.contains("5 bad lines skipped"), r::toString);
    }

    @Test
    void alertsAlsoGoToTheOutputFileAsJsonLines() throws IOException {
        Path out = dir.resolve("alerts.jsonl");
        Cli.Result r = Cli.run("replay", "--rules", rules.toString(), "--events", events.toString(),
                "--output-file", out.toString());
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size(), lines::toString);
        assertEquals("Shadow read", new ObjectMapper().readTree(lines.get(0)).get("rule").asText());
        assertTrue(r.out().contains(": Warning Shadow read"), "stdout keeps the text lines: " + r);
    }

    @Test
    void withoutRulesTheDefaultRulesApply() throws IOException {
        Path shadow = Files.writeString(dir.resolve("shadow.jsonl"), """
                {"evt.type":"openat","evt.is_open_read":true,"fd.typechar":"f","fd.num":3,"fd.name":"/etc/shadow","fd.directory":"/etc","proc.name":"cat","proc.cmdline":"cat /etc/shadow"}
                """);
        Cli.Result r = Cli.run("replay", "--events", shadow.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains(": Warning Sensitive file opened for reading by untrusted program | file=/etc/shadow"
                + " process=cat"), r::toString);
    }

    @Test
    void invalidRulesStopBeforeAnyEvent() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                - rule: Broken
                  desc: d
                  condition: proc.name = bash and (
                  output: o
                  priority: WARNING
                """);
        Cli.Result r = Cli.run("replay", "--rules", bad.toString(), "--events", events.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(bad + ":3:"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void missingEventsFileIsNamed() {
        Path missing = dir.resolve("missing.jsonl");
        Cli.Result r = Cli.run("replay", "--rules", rules.toString(), "--events", missing.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains(missing + ": no such file"), r::toString);
    }

    private static String time(long epochNanos) {
        Instant instant = Instant.ofEpochSecond(epochNanos / 1_000_000_000L, epochNanos % 1_000_000_000L);
        return DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS").format(instant.atZone(ZoneId.systemDefault()));
    }
}
