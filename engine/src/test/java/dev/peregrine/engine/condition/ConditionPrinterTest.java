package dev.peregrine.engine.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.TextLocator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printing trees built by hand (as macro expansion builds them) and the diagnostic conversion. */
class ConditionPrinterTest {

    @Test
    void printsHandBuiltTreesQuotingWhatNeedsIt() {
        Expr expr = new And(0, List.of(
                new BinaryCheck(0, new FieldRef(0, "proc.name"), "=", 0, new Value(0, "a b", false)),
                new Not(0, new BinaryCheck(0, new FieldRef(0, "proc.aname", "x]y"), "in", 0,
                        new ListValue(0, List.of(new Value(0, "", false), new Value(0, "q\"t", true),
                                new ListRef(0, "lst"))))),
                new UnaryCheck(0, new Transformer(0, "join", List.of(new Value(0, "sep", false),
                        new FieldRef(0, "proc.args"))), "exists", 0),
                new Or(0, List.of(new MacroRef(0, "m1"), new MacroRef(0, "m2")))));
        assertEquals("(proc.name = \"a b\" and not proc.aname[\"x]y\"] in (\"\", \"q\\\"t\", lst)"
                + " and join(\"sep\", proc.args) exists and (m1 or m2))", ConditionPrinter.print(expr));
    }

    @Test
    void quoteEscapesWhatTheParserUnescapes() throws ConditionSyntaxException {
        String nasty = "a\"b\\c\td\ne'f\b\f\r";
        String printed = ConditionPrinter.print(
                new BinaryCheck(0, new FieldRef(0, "proc.cmdline"), "contains", 0, new Value(0, nasty, true)));
        BinaryCheck reparsed = (BinaryCheck) Parser.parse(printed);
        assertEquals(nasty, ((Value) reparsed.value()).text());
        assertEquals("x", ConditionPrinter.quoteIfNeeded("x"));
        assertEquals("\"x,y\"", ConditionPrinter.quoteIfNeeded("x,y"));
        assertEquals("\"\"", ConditionPrinter.quoteIfNeeded(""));
    }

    @Test
    void syntaxErrorsBecomeDiagnosticsWithCaret() {
        String condition = "proc.name = bash and\n  fd.name contains";
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Parser.parse(condition));
        Diagnostic d = e.toDiagnostic(TextLocator.inline("rules.yaml", condition));
        assertEquals("rules.yaml:2:19: error: expected a value after 'contains'\n"
                + "    |   fd.name contains\n"
                + "    |                   ^", d.format());
        assertEquals(d, ConditionSyntaxException.toDiagnostic(e, TextLocator.inline("rules.yaml", condition)));
    }

    @Test
    void astRecordsRejectMalformedNodes() {
        assertThrows(IllegalArgumentException.class, () -> new And(0, List.of(new MacroRef(0, "a"))));
        assertThrows(IllegalArgumentException.class, () -> new Or(0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Transformer(0, "tolower", List.of()));
        assertThrows(NullPointerException.class, () -> new Not(0, null));
    }
}
