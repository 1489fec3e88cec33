package dev.peregrine.engine.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExceptionsTest {

    private static final String RULE = """
            - rule: r
              condition: evt.type = open
              desc: d
              output: o
              priority: INFO
              exceptions:
            """;

    private static List<ExceptionSpec> exceptions(String exceptionsYaml, String... more) throws Exception {
        RulesFile[] files = new RulesFile[more.length + 1];
        files[0] = new RulesFile("rules.yaml", RULE + exceptionsYaml);
        for (int i = 0; i < more.length; i++) {
            files[i + 1] = new RulesFile("more" + i + ".yaml", more[i]);
        }
        return Loading.load(files).rule("r").orElseThrow().exceptions();
    }

    private static List<List<String>> values(ExceptionSpec ex) {
        return ex.values().stream().map(row -> row.stream().map(Text::value).toList()).toList();
    }

    @Test
    void listFormDefaultsToEquals() throws Exception {
        ExceptionSpec ex = exceptions("""
                    - name: proc_file
                      fields: [proc.name, fd.name]
                      values:
                        - [cat, /etc/passwd]
                        - [less, [/etc/a, "/etc/b c"]]
                """).get(0);
        assertEquals(List.of("=", "="), ex.comps());
        assertEquals(List.of(List.of("cat", "/etc/passwd"), List.of("less", "(/etc/a, \"/etc/b c\")")), values(ex));
        assertEquals("rules.yaml:7:7", ex.position().toString());
        assertEquals("rules.yaml:10:17", ex.values().get(0).get(1).start().toString());
    }

    @Test
    void singleFieldFormDefaultsToIn() throws Exception {
        ExceptionSpec ex = exceptions("""
                    - name: procs
                      fields: proc.name
                      values: [cat, less]
                    - name: dirs
                      fields: fd.directory
                      comps: pmatch
                      values: [/tmp]
                """).get(0);
        assertTrue(ex.singleField());
        assertEquals(List.of("proc.name"), ex.fields());
        assertEquals(List.of("in"), ex.comps());
        assertEquals(List.of(List.of("cat"), List.of("less")), values(ex));
    }

    @Test
    void explicitCompsAndAppendingValuesByName() throws Exception {
        List<ExceptionSpec> list = exceptions("""
                    - name: pf
                      fields: [proc.name, fd.name]
                      comps: [=, startswith]
                      values:
                        - [cat, /etc]
                """, """
                - rule: r
                  exceptions:
                    - name: pf
                      values:
                        - [vi, /home]
                    - name: other
                      fields: proc.pname
                      values: [sshd]
                  override:
                    exceptions: append
                """);
        assertEquals(2, list.size());
        assertEquals(List.of("=", "startswith"), list.get(0).comps());
        assertEquals(List.of(List.of("cat", "/etc"), List.of("vi", "/home")), values(list.get(0)));
        assertEquals("more0.yaml:5:12", list.get(0).values().get(1).get(0).start().toString());
        assertEquals("other", list.get(1).name());
    }

    @Test
    void replacingExceptions() throws Exception {
        List<ExceptionSpec> list = exceptions("""
                    - name: a
                      fields: proc.name
                      values: [x]
                """, """
                - rule: r
                  exceptions:
                    - name: b
                      fields: proc.pname
                      values: [y]
                  override:
                    exceptions: replace
                """);
        assertEquals(List.of("b"), list.stream().map(ExceptionSpec::name).toList());
    }

    @Test
    void badExceptions() {
        assertEquals(List.of(
                "rules.yaml:9:14: error: exception 'a': 'fields' and 'comps' must have the same length (2 fields,"
                        + " 1 comps)"), Loading.failures(RULE + """
                    - name: a
                      fields: [proc.name, fd.name]
                      comps: [=]
                """));
        assertEquals(List.of("rules.yaml:9:14: error: exception 'a': 'like' is not a supported comparison operator"),
                Loading.failures(RULE + """
                    - name: a
                      fields: [proc.name]
                      comps: [like]
                """));
        assertEquals(List.of("rules.yaml:9:14: error: exception 'a': when 'fields' is a single field, 'comps' must"
                + " be one of in, pmatch, intersects"), Loading.failures(RULE + """
                    - name: a
                      fields: proc.name
                      comps: =
                """));
        assertEquals(List.of("rules.yaml:10:11: error: exception 'a': expected 2 values (one per field), got 1"),
                Loading.failures(RULE + """
                    - name: a
                      fields: [proc.name, fd.name]
                      values:
                        - [cat]
                """));
        assertEquals(List.of("rules.yaml:9:16: error: exception 'a': values must be strings when 'fields' is a"
                + " single field, not sequences"), Loading.failures(RULE + """
                    - name: a
                      fields: proc.name
                      values: [[cat]]
                """));
        assertEquals(List.of("rules.yaml:7:7: error: exception 'a' must have 'fields'",
                        "rules.yaml:17:7: error: duplicate exception name 'b'"),
                Loading.failures(RULE + """
                    - name: a
                      values: [cat]
                - rule: s
                  condition: a
                  desc: d
                  output: o
                  priority: INFO
                  exceptions:
                    - name: b
                      fields: proc.name
                    - name: b
                      fields: proc.name
                """));
    }

    @Test
    void appendingFieldsToAnExistingException() {
        List<String> failures = Loading.failures(new RulesFile("rules.yaml", RULE + """
                    - name: a
                      fields: proc.name
                      values: [x]
                """), new RulesFile("user.yaml", """
                - rule: r
                  exceptions:
                    - name: a
                      fields: proc.pname
                      values: [y]
                    - name: new_one
                      fields: proc.pname
                  override:
                    exceptions: append
                """));
        assertEquals(List.of(
                "user.yaml:6:7: warning: exception 'new_one' is appended without values",
                "user.yaml:4:15: error: cannot append 'fields' to existing exception 'a', only values"), failures);
    }
}
