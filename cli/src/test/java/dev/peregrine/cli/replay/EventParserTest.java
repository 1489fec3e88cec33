package dev.peregrine.cli.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventParserTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:00:00Z");

    private final FieldRegistry registry = FieldRegistry.standard();
    private final EventParser parser = new EventParser(registry, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ReplayFieldBinder binder = new ReplayFieldBinder();
    private final ReplayEvent event = new ReplayEvent();

    private void parse(String json) throws Exception {
        parser.parse(new ObjectMapper().readTree(json), event);
    }

    private Object value(String field, String argument) {
        FieldDef def = registry.find(field).orElseThrow();
        return binder.bind(def, argument).value(event);
    }

    private BadEventException bad(String json) {
        return assertThrows(BadEventException.class, () -> parse(json));
    }

    @Test
    void valuesAreConvertedToTheFieldsTypes() throws Exception {
        parse("""
                {"evt.type":"openat","fd.num":"3","user.uid":0,"evt.is_open_read":"true","proc.name":"cat",
                 "proc.aname":["sh","java"],"proc.tty":34816}
                """);
        assertEquals("openat", event.type());
        assertEquals(3L, value("fd.num", null));
        assertEquals(0L, value("user.uid", null));
        assertEquals(Boolean.TRUE, value("evt.is_open_read", null));
        assertEquals("cat", value("proc.name", null));
        assertEquals(List.of("sh", "java"), value("proc.aname", null));
        assertEquals(34816L, value("proc.tty", null));
    }

    @Test
    void fieldsNotGivenAreNotExtractable() throws Exception {
        parse("{\"evt.type\":\"openat\",\"proc.name\":\"cat\"}");
        assertNull(value("fd.name", null));
        assertEquals(Accessor.ABSENT, binder.bind(registry.find("fd.num").orElseThrow(), null).number(event));
    }

    @Test
    void theEventIsReusedWithoutLeftovers() throws Exception {
        parse("{\"evt.type\":\"openat\",\"fd.name\":\"/etc/shadow\",\"evt.source\":\"jvm\"}");
        parse("{\"evt.type\":\"execve\"}");
        assertNull(value("fd.name", null));
        assertEquals("syscall", event.source());
        assertEquals("execve", event.type());
    }

    @Test
    void argumentsInBracketsAndAfterADotAreTheSameKey() throws Exception {
        parse("{\"evt.type\":\"openat\",\"proc.aname[2]\":\"bash\",\"evt.arg.flags\":\"O_RDONLY\"}");
        assertEquals("bash", value("proc.aname", "2"));
        assertNull(value("proc.aname", "3"));
        assertEquals("O_RDONLY", value("evt.arg", "flags"));
        parse("{\"evt.type\":\"openat\",\"evt.arg[flags]\":\"O_WRONLY\"}");
        assertEquals("O_WRONLY", value("evt.arg", "flags"));
    }

    @Test
    void timeComesFromRawtimeOrIsoTimeOrTheClock() throws Exception {
        parse("{\"evt.type\":\"openat\",\"evt.rawtime\":1741943551104331207}");
        assertEquals(1_741_943_551_104_331_207L, event.timestampNanos());
        assertEquals(1_741_943_551_104_331_207L, value("evt.rawtime", null));
        parse("{\"evt.type\":\"openat\",\"evt.time\":\"2025-03-14T09:12:31.104331207Z\"}");
        assertEquals(1_741_943_551_104_331_207L, event.timestampNanos());
        parse("{\"evt.type\":\"openat\"}");
        assertEquals(NOW.getEpochSecond() * 1_000_000_000L, event.timestampNanos());
    }

    @Test
    void sourceIsSyscallUnlessGiven() throws Exception {
        parse("{\"evt.type\":\"file.open\",\"evt.source\":\"jvm\"}");
        assertEquals("jvm", event.source());
        assertTrue(bad("{\"evt.type\":\"x\",\"evt.source\":\"k8s_audit\"}").getMessage()
                .contains("unknown evt.source 'k8s_audit'"));
    }

    @Test
    void badValuesSayWhatIsWrong() {
        assertEquals("field 'fd.num' (int) expects an integer, got \"3x\"",
                bad("{\"evt.type\":\"openat\",\"fd.num\":\"3x\"}").getMessage());
        assertEquals("field 'evt.is_open_read' (bool) expects true or false, got \"yes\"",
                bad("{\"evt.type\":\"openat\",\"evt.is_open_read\":\"yes\"}").getMessage());
        assertTrue(bad("{\"evt.type\":\"openat\",\"fd.num\":[1,2]}").getMessage().contains("expects a single int"));
        assertTrue(bad("{\"evt.type\":\"openat\",\"fd.num\":1.5}").getMessage().contains("expects an integer"));
        assertTrue(bad("{\"evt.type\":\"openat\",\"proc.name\":{\"a\":1}}").getMessage().contains("object value"));
    }

    @Test
    void unknownFieldsAreErrorsWithSuggestions() {
        String message = bad("{\"evt.type\":\"openat\",\"proc.nmae\":\"cat\"}").getMessage();
        assertTrue(message.startsWith("unknown field 'proc.nmae'"), message);
        assertTrue(message.contains("did you mean proc.name"), message);
        assertTrue(bad("{\"evt.type\":\"openat\",\"proc.name[2]\":\"x\"}").getMessage().contains("takes no argument"));
        assertTrue(bad("{\"evt.type\":\"openat\",\"evt.arg\":\"x\"}").getMessage().contains("needs an argument"));
    }

    @Test
    void missingTypeAndDerivedTimesAreErrors() {
        assertTrue(bad("{\"proc.name\":\"cat\"}").getMessage().startsWith("missing \"evt.type\""));
        assertTrue(bad("{\"evt.type\":\"x\",\"evt.datetime\":\"2025-01-01 00:00:00\"}").getMessage()
                .contains("derived from the event time"));
        assertTrue(bad("{\"evt.type\":\"x\",\"evt.time\":\"yesterday\"}").getMessage().contains("ISO 8601"));
    }
}
