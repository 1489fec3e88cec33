package dev.peregrine.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentOptionsTest {

    @Test
    void defaults() throws Exception {
        AgentOptions o = AgentOptions.parse(null);
        assertEquals(AgentOptions.Mode.AUTO, o.mode());
        assertTrue(o.builtinRules());
        assertEquals("auto", o.alertsLog());
        assertEquals(8192, o.queueCapacity());
        assertEquals(32, o.stackDepth());
        assertTrue(o.watchedPrefixes().contains("/etc/"));
        assertTrue(o.networkCallerOnly());
        assertTrue(o.ops().isEmpty());
    }

    @Test
    void agentArgumentOverridesConfigFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("agent.properties");
        Files.writeString(config, "mode=probe\nqueue.capacity=64\nrules=/a.yaml:/b.yaml\n");
        AgentOptions o = AgentOptions.parse("config=" + config + ",queue.capacity=128,stack.watch=/srv/:/etc/");
        assertEquals(AgentOptions.Mode.PROBE, o.mode());
        assertEquals(128, o.queueCapacity());
        assertEquals(List.of(Path.of("/a.yaml"), Path.of("/b.yaml")), o.rules());
        assertEquals(List.of("/srv/", "/etc/"), o.watchedPrefixes());
    }

    @Test
    void listsAndFaults() throws Exception {
        AgentOptions o = AgentOptions.parse("ops=process_start:deserialize,test.fault=sink-throws,stack.net=full");
        assertEquals(Set.of("process_start", "deserialize"), o.ops());
        assertEquals(Set.of("sink-throws"), o.testFaults());
        assertFalse(o.networkCallerOnly());
    }

    @Test
    void typosAreErrorsNamingTheOption() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("mdoe=embedded"))
                .getMessage().contains("unknown agent option 'mdoe'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("mode=cloud"))
                .getMessage().contains("mode=cloud: expected one of embedded, probe, auto"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("queue.capacity=1"))
                .getMessage().contains("queue.capacity=1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("quiet"))
                .getMessage().contains("not key=value"));
    }
}
