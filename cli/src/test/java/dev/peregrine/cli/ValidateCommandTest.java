package dev.peregrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void falcosOwnRulesAreValidWithTheirCounts() {
        Path falcoRules = Cli.reference("falco_rules.yaml");
        Cli.Result r = Cli.run("validate", falcoRules.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains(falcoRules + ": valid: 25 rules (25 enabled), 87 macros, 49 lists"),
                r::toString);
        assertTrue(!r.out().contains(": error:"), r::toString);
    }

    @Test
    void unknownFieldIsReportedWithPositionSourceLineAndCaret() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                - rule: Shell in a JVM
                  desc: test
                  condition: evt.type = execve and proc.nmae = bash
                  output: shell %proc.name
                  priority: WARNING
                """);
        Cli.Result r = Cli.run("validate", bad.toString());
        assertEquals(1, r.exit(), r::toString);
        // Column 36 is the first character of proc.nmae on line 3.
        String expected = bad + ":3:36: error: unknown field 'proc.nmae'";
        assertTrue(r.out().contains(expected), () -> "expected " + expected + " in\n" + r);
        assertTrue(r.out().contains("(did you mean proc.name"), r::toString);
        assertTrue(r.out().contains("    |   condition: evt.type = execve and proc.nmae = bash\n"
                + "    | " + " ".repeat(35) + "^"), r::toString);
        assertTrue(r.out().contains(bad + ": invalid: 1 error"), r::toString);
    }

    @Test
    void yamlSyntaxErrorIsReportedWithItsLine() throws IOException {
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, """
                - list: shells
                  items: [bash, sh
                - rule: x
                """);
        Cli.Result r = Cli.run("validate", bad.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(Pattern.compile(Pattern.quote(bad.toString()) + ":\\d+:\\d+: error: ").matcher(r.out()).find(),
                r::toString);
        assertTrue(r.out().contains("^"), r::toString);
    }

    @Test
    void everyErrorOfAFileIsReported() throws IOException {
        Path bad = dir.resolve("two.yaml");
        Files.writeString(bad, """
                - rule: One
                  desc: d
                  condition: proc.nmae = bash
                  output: o
                  priority: WARNING
                - rule: Two
                  desc: d
                  condition: evt.type = execve and fd.nmae = x
                  output: o
                  priority: WARNING
                """);
        Cli.Result r = Cli.run("validate", bad.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains(bad + ":3:"), r::toString);
        assertTrue(r.out().contains(bad + ":8:"), r::toString);
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");
        Cli.Result r = Cli.run("validate", missing.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains(missing + ": no such file"), r::toString);
    }

    @Test
    void theDefaultRulesAreValid() {
        Cli.Result r = Cli.run("validate");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("classpath:rules/peregrine_rules.yaml"), r::toString);
        assertTrue(!r.out().contains(": error:"), r::toString);
    }

    /** Every file shipped in rules/ loads with no error: the host rules alone, and all of them in load order. */
    @Test
    void everyShippedRulesFileValidatesFromItsPath() throws IOException {
        Path rulesDir = Cli.repo().resolve("rules/src/main/resources/rules");
        List<Path> files;
        try (Stream<Path> list = Files.list(rulesDir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted(
                    (a, b) -> a.endsWith("peregrine_rules.yaml") ? -1 : b.endsWith("peregrine_rules.yaml") ? 1
                            : a.compareTo(b)).toList();
        }
        assertTrue(files.get(0).endsWith("peregrine_rules.yaml"), files::toString);
        Cli.Result base = Cli.run("validate", files.get(0).toString());
        assertEquals(0, base.exit(), base::toString);
        // Counted independently of the loader: each rule of the base file is one "- rule:" item.
        long rules = Files.readAllLines(files.get(0)).stream().filter(l -> l.startsWith("- rule:")).count();
        assertTrue(rules >= 30, "the base file lost its rules: " + rules);
        assertTrue(base.out().contains(": valid: " + rules + " rules (" + rules + " enabled)"), base::toString);

        Cli.Result all = Cli.run(Stream.concat(Stream.of("validate"), files.stream().map(Path::toString))
                .toArray(String[]::new));
        assertEquals(0, all.exit(), all::toString);
        assertTrue(!all.out().contains(": error:"), all::toString);
    }
}
