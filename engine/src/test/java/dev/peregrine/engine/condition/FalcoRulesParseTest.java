package dev.peregrine.engine.condition;

import dev.peregrine.engine.Reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every condition of Falco's own rules file (shared reference copy) parses, and prints to a fixed point. */
class FalcoRulesParseTest {

    @Test
    void allFalcoRuleAndMacroConditionsParse() throws IOException {
        Path file = Reference.dir().resolve("falco_rules.yaml");
        List<Map<String, Object>> items = new Yaml().load(Files.readString(file));
        int rules = 0;
        int macros = 0;
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Object condition = item.get("condition");
            if (condition == null) {
                continue;
            }
            String name = item.containsKey("rule") ? "rule " + item.get("rule") : "macro " + item.get("macro");
            if (item.containsKey("rule")) {
                rules++;
            } else {
                macros++;
            }
            try {
                String printed = ConditionPrinter.print(Parser.parse(condition.toString()));
                String again = ConditionPrinter.print(Parser.parse(printed));
                if (!printed.equals(again)) {
                    failures.add(name + ": canonical text is not a fixed point: " + printed + " vs " + again);
                }
            } catch (ConditionSyntaxException e) {
                failures.add(name + ": " + e.getMessage() + " at " + e.offset());
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        // The reference file has 25 rules and 87 macros, all with a condition.
        assertEquals(25, rules);
        assertEquals(87, macros);
    }
}
