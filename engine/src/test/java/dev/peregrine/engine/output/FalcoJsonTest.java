package dev.peregrine.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.engine.rules.Priority;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FalcoJsonTest {

    private static final long T = 1_795_425_151_123_456_789L; // 2026-11-23T09:12:31.123456789Z

    private static Alert alert(Map<String, Object> fields, List<String> tags) {
        return new Alert(T, "Terminal shell in container", Priority.WARNING, "syscall", "web-1",
                "A shell was spawned (user=root)", fields, tags);
    }

    @Test
    void matchesFalcoByteForByte() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user.name", "root");
        fields.put("proc.pid", 42L);
        fields.put("container.id", null);
        fields.put("proc.aname[2]", "sshd");
        fields.put("evt.is_open_read", true);
        fields.put("jvm.stack", List.of("a.B.c", "d.E.f"));
        String json = new FalcoJson(ZoneOffset.UTC).format(alert(fields, List.of("shell", "container", "mitre", "shell")));
        assertEquals("{\"hostname\":\"web-1\",\"output\":\"09:12:31.123456789: Warning A shell was spawned "
                + "(user=root)\",\"output_fields\":{\"container.id\":null,\"evt.is_open_read\":true,"
                + "\"evt.time\":1795425151123456789,\"jvm.stack\":[\"a.B.c\",\"d.E.f\"],\"proc.aname[2]\":\"sshd\","
                + "\"proc.pid\":42,\"user.name\":\"root\"},\"priority\":\"Warning\",\"rule\":\"Terminal shell in "
                + "container\",\"source\":\"syscall\",\"tags\":[\"container\",\"mitre\",\"shell\"],"
                + "\"time\":\"2026-11-23T09:12:31.123456789Z\"}", json);
        Map<?, ?> parsed = (Map<?, ?>) MiniJson.parse(json);
        assertEquals(List.of("hostname", "output", "output_fields", "priority", "rule", "source", "tags", "time"),
                List.copyOf(parsed.keySet()));
    }

    @Test
    void optionsDropOrAddPropertiesInFalcoOrder() {
        JsonOptions options = new JsonOptions(false, false, false, true);
        String json = new FalcoJson(options, ZoneOffset.UTC).format(alert(Map.of(), List.of("x")));
        assertEquals("{\"hostname\":\"web-1\",\"message\":\"A shell was spawned (user=root)\",\"priority\":\"Warning\","
                + "\"rule\":\"Terminal shell in container\",\"source\":\"syscall\","
                + "\"time\":\"2026-11-23T09:12:31.123456789Z\"}", json);
    }

    @Test
    void anOutputThatNamesEvtTimeKeepsOneEntry() {
        String json = new FalcoJson(ZoneOffset.UTC).format(alert(Map.of("evt.time", "09:12:31.123456789"), List.of()));
        assertEquals(1795425151123456789L, ((Map<?, ?>) ((Map<?, ?>) MiniJson.parse(json)).get("output_fields"))
                .get("evt.time"));
        assertEquals(1, json.split("evt.time", -1).length - 1);
    }

    @Test
    void escapesLikeNlohmannWithoutEnsureAscii() {
        StringBuilder sb = new StringBuilder();
        Json.string(sb, "q\"b\\s/ \n\r\t\b\f \u0000\u0001\u001f\u007f é 日本 😀 \uD800x \uDC00");
        assertEquals("\"q\\\"b\\\\s/ \\n\\r\\t\\b\\f \\u0000\\u0001\\u001f\u007f é 日本 😀 \uFFFDx \uFFFD\"",
                sb.toString());
        assertEquals("q\"b\\s/ \n\r\t\b\f \u0000\u0001\u001f\u007f é 日本 😀 \uFFFDx \uFFFD",
                MiniJson.parse(sb.toString()));
    }

    @Test
    void valuesOfEveryType() {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", -7L);
        map.put("i", 3);
        map.put("d", Double.NaN);
        map.put("b", false);
        map.put("z", null);
        map.put("l", List.of());
        Json.value(sb, map);
        assertEquals("{\"n\":-7,\"i\":3,\"d\":null,\"b\":false,\"z\":null,\"l\":[]}", sb.toString());
    }

    @Test
    void isoTimeIsUtcWithNineDigits() {
        StringBuilder sb = new StringBuilder();
        FalcoJson.appendIso8601(sb, 0);
        sb.append(' ');
        FalcoJson.appendIso8601(sb, -1);
        sb.append(' ');
        FalcoJson.appendIso8601(sb, 1_000_000_007L);
        assertEquals("1970-01-01T00:00:00.000000000Z 1969-12-31T23:59:59.999999999Z 1970-01-01T00:00:01.000000007Z",
                sb.toString());
    }
}
