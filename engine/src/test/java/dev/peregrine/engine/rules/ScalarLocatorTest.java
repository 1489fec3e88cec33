package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each YAML scalar style maps offsets of the value back to the line and column of the character in the file. */
class ScalarLocatorTest {

    private static Text macroCondition(String yaml) throws Exception {
        return Loading.load(yaml).macro("m").orElseThrow().condition();
    }

    private static String at(Text text, String needle) {
        int offset = text.value().indexOf(needle);
        if (offset < 0) {
            throw new AssertionError(needle + " not in " + text.value());
        }
        SourcePosition p = text.locate(offset);
        return p.line() + ":" + p.column();
    }

    /** Every letter of the value sits on the very same letter in the file. */
    private static void assertLettersAligned(Text text) {
        for (int i = 0; i < text.value().length(); i++) {
            char c = text.value().charAt(i);
            if (Character.isLetterOrDigit(c)) {
                SourcePosition p = text.locate(i);
                assertEquals(c, p.lineText().charAt(p.column() - 1), "offset " + i + " at " + p);
            }
        }
    }

    @Test
    void plainMultiLine() throws Exception {
        Text c = macroCondition("""
                - macro: m
                  condition: proc.name = bash
                    and fd.name
                      startswith /etc
                """);
        assertEquals("proc.name = bash and fd.name startswith /etc", c.value());
        assertEquals("2:14", at(c, "proc.name"));
        assertEquals("3:9", at(c, "fd.name"));
        assertEquals("4:7", at(c, "startswith"));
        assertEquals("    and fd.name", c.locate(c.value().indexOf("fd.name")).lineText());
        assertLettersAligned(c);
    }

    @Test
    void singleQuotedWithEscapedQuote() throws Exception {
        Text c = macroCondition("""
                - macro: m
                  condition: 'proc.name = ''my app''
                    and fd.name = x'
                """);
        assertEquals("proc.name = 'my app' and fd.name = x", c.value());
        assertEquals("2:15", at(c, "proc.name"));
        assertEquals("2:27", at(c, "'my"));
        assertEquals("2:29", at(c, "my app"));
        assertEquals("3:9", at(c, "fd.name"));
        assertEquals("3:19", at(c, "x"));
        assertLettersAligned(c);
    }

    @Test
    void doubleQuotedWithEscapes() throws Exception {
        Text c = macroCondition("""
                - macro: m
                  condition: "proc.name = \\"a\\tb\\" and \\
                    fd.name = \\x41"
                """);
        assertEquals("proc.name = \"a\tb\" and fd.name = A", c.value());
        assertEquals("2:27", at(c, "\"a"));
        assertEquals("2:29", at(c, "a\t"));
        assertEquals("2:30", at(c, "\t"));
        assertEquals("2:32", at(c, "b\""));
        assertEquals("2:36", at(c, "and"));
        assertEquals("3:5", at(c, "fd.name"));
        assertEquals("3:15", at(c, "A"));
    }

    @Test
    void literalBlock() throws Exception {
        RulesetSpec spec = Loading.load("""
                - rule: r
                  desc: d
                  condition: |
                    evt.type = open
                      and fd.name = /etc/shadow
                  output: o
                  priority: INFO
                """);
        Text c = spec.rule("r").orElseThrow().condition();
        assertEquals("evt.type = open\n  and fd.name = /etc/shadow\n", c.value());
        assertEquals("4:5", at(c, "evt.type"));
        assertEquals("5:11", at(c, "fd.name"));
        assertEquals("5:21", at(c, "/etc"));
        assertLettersAligned(c);
    }

    @Test
    void foldedBlockWithChompingAndComment() throws Exception {
        Text c = macroCondition("""
                - macro: m
                  condition: >- # a header comment
                    evt.type = open

                    and fd.name = "/etc/x y"
                """);
        assertEquals("evt.type = open\nand fd.name = \"/etc/x y\"", c.value());
        assertEquals("3:5", at(c, "evt.type"));
        assertEquals("5:5", at(c, "and"));
        assertEquals("5:19", at(c, "\"/etc"));
        assertEquals("5:27", at(c, "y\""));
        assertLettersAligned(c);
    }

    @Test
    void flowSequenceListItems() throws Exception {
        RulesetSpec spec = Loading.load("""
                - list: cmds
                  items: ['"sh -c uname"', bash,
                    "quoted"]
                """);
        var items = spec.list("cmds").orElseThrow().items();
        assertEquals("\"sh -c uname\"", items.get(0).value());
        assertEquals("2:16", at(items.get(0), "-c"));
        assertEquals("2:28", at(items.get(1), "bash"));
        assertEquals("3:6", at(items.get(2), "quoted"));
    }

    @Test
    void crlfLineEndingsAndSupplementaryCharacters() throws Exception {
        Text c = macroCondition("# \uD83D\uDE00 emoji\r\n- macro: m\r\n  condition: a \uD83D\uDE00 and\r\n    b\r\n");
        assertEquals("3:19", at(c, "and"));
        assertEquals("4:5", at(c, "b"));
        assertEquals("    b", c.locate(c.value().length() - 1).lineText());
    }

    @Test
    void offsetAtEndPointsJustAfterTheLastCharacter() throws Exception {
        Text c = macroCondition("""
                - macro: m
                  condition: a and b
                """);
        assertEquals("2:21", c.locate(c.value().length()).line() + ":" + c.locate(c.value().length()).column());
    }
}
