package dev.peregrine.probe.detections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.rules.DefaultRules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds the host rules to the project's bar, without a kernel: every rule of {@code peregrine_rules.yaml} has a
 * description, an output naming the process, a priority and MITRE tags, and a positive and a near-miss test here.
 */
class RuleCoverageTest {

    private static final List<Class<?>> TESTS = List.of(CredentialAccessDetectionsTest.class,
            ExecutionDetectionsTest.class, KernelAndDebugDetectionsTest.class, PersistenceDetectionsTest.class,
            ContainerDetectionsTest.class);

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hostRules() {
        RulesFile file = DefaultRules.load().stream().filter(f -> f.name().endsWith("/peregrine_rules.yaml"))
                .findFirst().orElseThrow();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object item : new Yaml().loadAs(file.content(), List.class)) {
            Map<String, Object> map = (Map<String, Object>) item;
            if (map.containsKey("rule")) {
                rules.add(map);
            }
        }
        return rules;
    }

    private static Set<String> annotated(boolean positive) {
        Set<String> rules = new TreeSet<>();
        for (Class<?> c : TESTS) {
            for (Method m : c.getDeclaredMethods()) {
                if (positive && m.isAnnotationPresent(Triggers.class)) {
                    rules.addAll(List.of(m.getAnnotation(Triggers.class).value()));
                } else if (!positive && m.isAnnotationPresent(NearMiss.class)) {
                    rules.addAll(List.of(m.getAnnotation(NearMiss.class).value()));
                }
            }
        }
        return rules;
    }

    @Test
    void everyHostRuleHasAPositiveAndANearMissTest() {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> rule : hostRules()) {
            names.add((String) rule.get("rule"));
        }
        assertTrue(names.size() >= 30, names::toString);
        assertEquals(names, annotated(true), "rules vs @Triggers tests");
        assertEquals(names, annotated(false), "rules vs @NearMiss tests");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyHostRuleIsDocumentedForAnAnalyst() {
        for (Map<String, Object> rule : hostRules()) {
            String name = (String) rule.get("rule");
            assertTrue(((String) rule.get("desc")).length() > 60, name + ": desc explains why it matters");
            String output = (String) rule.get("output");
            for (String field : List.of("%proc.name", "%proc.cmdline", "%proc.pid", "%user.name", "%container.id")) {
                assertTrue(output.contains(field), name + ": output lacks " + field);
            }
            assertTrue(Set.of("INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL").contains(rule.get("priority")), name);
            List<String> tags = (List<String>) rule.get("tags");
            assertTrue(tags.stream().anyMatch(t -> t.startsWith("mitre_")), name + ": MITRE tactic tag");
            assertTrue(tags.stream().anyMatch(t -> t.matches("T\\d{4}(\\.\\d{3})?")), name + ": MITRE technique tag");
            if (!tags.contains("host")) {
                assertTrue(((String) rule.get("condition")).contains("container"),
                        name + ": a container-only rule (no host tag) must test for a container");
            }
        }
    }
}
