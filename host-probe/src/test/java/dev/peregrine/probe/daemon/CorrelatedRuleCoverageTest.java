package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.rules.DefaultRules;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds the correlated rules to the project's bar, without a kernel: every rule of {@code correlated_rules.yaml}
 * has a real positive test and a near-miss test among the end-to-end tests (real eBPF, a real JVM with the agent),
 * as declared by their {@link CoversRules}; and no test claims a rule that does not exist (a renamed rule).
 */
class CorrelatedRuleCoverageTest {

    private static final List<Class<?>> TESTS = List.of(CorrelationEndToEndTest.class);

    @SuppressWarnings("unchecked")
    private static Set<String> correlatedRules() {
        RulesFile file = DefaultRules.load().stream().filter(f -> f.name().endsWith("/correlated_rules.yaml"))
                .findFirst().orElseThrow();
        Set<String> names = new TreeSet<>();
        for (Object item : new Yaml().loadAs(file.content(), List.class)) {
            Map<String, Object> map = (Map<String, Object>) item;
            if (map.containsKey("rule")) {
                names.add((String) map.get("rule"));
            }
        }
        return names;
    }

    private static Set<String> covered(boolean positive) {
        Set<String> rules = new TreeSet<>();
        for (Class<?> c : TESTS) {
            for (Method m : c.getDeclaredMethods()) {
                CoversRules covers = m.getAnnotation(CoversRules.class);
                if (covers != null) {
                    assertTrue(m.isAnnotationPresent(Test.class), m + " is not a test");
                    rules.addAll(List.of(positive ? covers.triggers() : covers.nearMiss()));
                }
            }
        }
        return rules;
    }

    @Test
    void everyCorrelatedRuleHasARealPositiveAndANearMissTest() {
        Set<String> names = correlatedRules();
        assertTrue(names.size() >= 6, names::toString);
        assertEquals(names, covered(true), "rules vs triggers of @CoversRules tests");
        assertEquals(names, covered(false), "rules vs near misses of @CoversRules tests");
    }
}
