package dev.peregrine.engine.fields;

import dev.peregrine.engine.Reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every field the official Falco rules use, in conditions, outputs or exception fields, is in the registry. */
class FalcoRulesFieldsTest {

    /** A field of a known class, with an optional bracket argument; not preceded by a path or word character. */
    private static final Pattern FIELD = Pattern.compile(
            "(?<![\\w./-])((?:evt|proc|thread|fd|user|group|container|k8s)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])(\\[[^\\]]*\\])?");

    @Test
    void everyFieldOfTheOfficialRulesIsKnownWithAValidArgument() throws IOException {
        Map<String, String> used = fieldsUsed(texts());
        FieldRegistry registry = FieldRegistry.standard();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> use : used.entrySet()) {
            Optional<FieldMatch> match = registry.resolve(use.getKey());
            if (match.isEmpty()) {
                problems.add("unknown: " + use.getKey() + " suggestions " + registry.suggest(use.getKey()));
                continue;
            }
            boolean hasArgument = match.get().argument() != null || use.getValue() != null;
            ArgumentKind kind = match.get().field().argument();
            if (hasArgument && kind == ArgumentKind.NONE || !hasArgument && kind == ArgumentKind.REQUIRED) {
                problems.add("argument mismatch: " + use.getKey() + (use.getValue() == null ? "" : use.getValue()));
            }
        }
        assertEquals(List.of(), problems);
        // Guards the extraction itself: if the regex or YAML walk broke, the check above would pass vacuously.
        assertTrue(used.size() >= 60, "only " + used.size() + " fields extracted: " + used.keySet());
        assertTrue(used.keySet().containsAll(List.of("proc.aname", "evt.arg.flags", "fd.sip.name", "k8s.ns.name")),
                used.keySet().toString());
    }

    @Test
    void theExtractionSeesOutputsAndBracketArguments() {
        Map<String, String> used = fieldsUsed(List.of("file=%fd.name gparent=%proc.aname[2] path /etc/proc.x"));
        assertEquals(new TreeSet<>(List.of("fd.name", "proc.aname")), used.keySet());
        assertEquals("[2]", used.get("proc.aname"));
    }

    /** Field name to one bracket argument seen with it ({@code null} when only used without). */
    private static Map<String, String> fieldsUsed(List<String> texts) {
        Map<String, String> used = new TreeMap<>();
        for (String text : texts) {
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                String argument = m.group(2);
                used.merge(m.group(1), argument == null ? "" : argument, (a, b) -> a.isEmpty() ? b : a);
            }
        }
        used.replaceAll((k, v) -> v.isEmpty() ? null : v);
        return used;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Reference.file("falco_rules.yaml"))) {
            List<Map<String, Object>> items = new Yaml().load(reader);
            for (Map<String, Object> item : items) {
                addText(texts, item.get("condition"));
                addText(texts, item.get("output"));
                Object exceptions = item.get("exceptions");
                if (exceptions instanceof List<?> list) {
                    for (Object e : list) {
                        addText(texts, ((Map<String, Object>) e).get("fields"));
                    }
                }
            }
        }
        assertTrue(texts.size() > 100, "too few condition/output texts: " + texts.size());
        return texts;
    }

    private static void addText(List<String> texts, Object value) {
        if (value instanceof String s) {
            texts.add(s);
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                texts.add(String.valueOf(o));
            }
        }
    }
}
