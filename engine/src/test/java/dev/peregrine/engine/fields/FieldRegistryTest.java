package dev.peregrine.engine.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.event.Sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FieldRegistryTest {

    private final FieldRegistry registry = FieldRegistry.standard();

    @Test
    void findsFieldsWithTheirFalcoTypes() {
        assertEquals(FieldType.STRING, type("proc.name"));
        assertEquals(FieldType.INT, type("proc.pid"));
        assertEquals(FieldType.PORT, type("fd.sport"));
        assertEquals(FieldType.IPADDR, type("fd.sip"));
        assertEquals(FieldType.IPNET, type("fd.snet"));
        assertEquals(FieldType.ABSTIME, type("evt.rawtime"));
        assertEquals(FieldType.BOOL, type("evt.is_open_read"));
        assertEquals(FieldType.STRING_LIST, type("jvm.stack"));
        assertTrue(registry.find("proc.nmae").isEmpty());
    }

    @Test
    void argumentKinds() {
        assertEquals(ArgumentKind.OPTIONAL, registry.find("proc.aname").orElseThrow().argument());
        assertEquals(ArgumentKind.REQUIRED, registry.find("evt.arg").orElseThrow().argument());
        assertEquals(ArgumentKind.NONE, registry.find("fd.name").orElseThrow().argument());
    }

    @Test
    void sources() {
        assertEquals(Set.of(Sources.SYSCALL, Sources.JVM), registry.find("proc.cmdline").orElseThrow().sources());
        assertEquals(Set.of(Sources.SYSCALL), registry.find("fd.name").orElseThrow().sources());
        assertTrue(registry.find("jvm.deser.class").orElseThrow().sources().contains(Sources.JVM));
    }

    @Test
    void resolvesDottedArgumentsButPrefersExactNames() {
        FieldMatch arg = registry.resolve("evt.arg.flags").orElseThrow();
        assertEquals("evt.arg", arg.field().name());
        assertEquals("flags", arg.argument());
        FieldMatch exact = registry.resolve("fd.sip.name").orElseThrow();
        assertEquals("fd.sip.name", exact.field().name());
        assertNull(exact.argument());
        assertEquals("app.kubernetes.io/name", registry.resolve("k8s.pod.label.app.kubernetes.io/name")
                .orElseThrow().argument());
        assertTrue(registry.resolve("proc.name.x").isEmpty(), "proc.name takes no dotted argument");
        assertTrue(registry.resolve("evt.arg.").isEmpty());
    }

    @Test
    void suggestsClosestNames() {
        assertEquals("proc.name", registry.suggest("proc.nmae").get(0));
        assertEquals("proc.name", registry.suggest("proc.nam").get(0));
        assertEquals("fd.sport", registry.suggest("fd.sprot").get(0));
        assertEquals(List.of("proc.pname"), registry.suggest("proc.pnam"));
        assertEquals(List.of("fd.cport", "fd.lport", "fd.port"), registry.suggest("fd.xport"), "ties, by name");
        assertEquals(List.of(), registry.suggest("completely.unrelated.thing"));
        assertTrue(registry.suggest("proc.nmae").size() <= 3);
    }

    @Test
    void allIsSortedByNameAndEveryFieldIsDescribed() {
        List<String> names = new ArrayList<>();
        for (FieldDef def : registry.all()) {
            names.add(def.name());
            assertFalse(def.description().isBlank(), def.name());
            assertTrue(FieldRegistry.CLASSES.contains(FieldRegistry.classOf(def.name())), def.name());
            assertFalse(def.sources().isEmpty(), def.name());
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(names.size() > 150, "registry has " + names.size() + " fields");
    }

    @Test
    void editDistanceCountsTranspositionsAsOne() {
        assertEquals(1, EditDistance.between("nmae", "name", 3));
        assertEquals(0, EditDistance.between("name", "name", 3));
        assertEquals(3, EditDistance.between("abc", "xyz", 5));
        assertEquals(3, EditDistance.between("abcdef", "a", 2), "capped at limit + 1");
    }

    private FieldType type(String name) {
        return registry.find(name).orElseThrow(() -> new AssertionError(name)).type();
    }
}
