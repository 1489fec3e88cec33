package dev.peregrine.agent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.Yaml;

/**
 * The default JVM rules exactly as the built agent loads them: {@code rules/jvm_rules.yaml} inside the core jar
 * nested in the agent jar ({@code peregrine/core.jar}), and the names of the rules it defines.
 */
final class ShippedRules {

    static final String CORE_JAR = "peregrine/core.jar";
    static final String RULES = "rules/jvm_rules.yaml";

    private ShippedRules() {
    }

    static String embeddedText() throws IOException {
        try (ZipFile agent = new ZipFile(TestJvm.agentJar().toFile())) {
            ZipEntry core = agent.getEntry(CORE_JAR);
            if (core == null) {
                throw new IOException(CORE_JAR + " missing from " + TestJvm.agentJar());
            }
            try (ZipInputStream in = new ZipInputStream(agent.getInputStream(core))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().equals(RULES)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        throw new IOException(RULES + " missing from " + CORE_JAR + " in " + TestJvm.agentJar());
    }

    /** The {@code rule:} names of a rules file, in file order. */
    static Set<String> ruleNames(String yamlText) {
        Set<String> names = new LinkedHashSet<>();
        List<?> items = new Yaml().load(yamlText);
        for (Object item : items) {
            if (item instanceof Map<?, ?> m && m.containsKey("rule")) {
                names.add(String.valueOf(m.get("rule")));
            }
        }
        return names;
    }
}
