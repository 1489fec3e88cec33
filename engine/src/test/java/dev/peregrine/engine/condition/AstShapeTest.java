package dev.peregrine.engine.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree the compiler consumes: node types, values and the offsets every node carries. */
class AstShapeTest {

    @Test
    void checkNodesCarryFieldOperatorValueAndOffsets() throws ConditionSyntaxException {
        //            0         1         2         3
        //            0123456789012345678901234567890123456
        String text = "spawned_process and not fd.name startswith /etc";
        And and = assertInstanceOf(And.class, Parser.parse(text));
        assertEquals(0, and.offset());
        MacroRef macro = assertInstanceOf(MacroRef.class, and.children().get(0));
        assertEquals(new MacroRef(0, "spawned_process"), macro);
        Not not = assertInstanceOf(Not.class, and.children().get(1));
        assertEquals(20, not.offset());
        BinaryCheck check = assertInstanceOf(BinaryCheck.class, not.child());
        assertEquals(24, check.offset());
        assertEquals(new FieldRef(24, "fd.name", null), check.field());
        assertEquals("startswith", check.op());
        assertEquals(32, check.opOffset());
        assertEquals(new Value(43, "/etc", false), check.value());
        assertEquals(ListModifier.NONE, check.modifier());
    }

    @Test
    void listsDistinguishValuesFromPossibleListNames() throws ConditionSyntaxException {
        //             0         1         2         3         4
        //             01234567890123456789012345678901234567890123
        String text = "proc.name in (shell_binaries, \"quoted\", a-b, (x))";
        BinaryCheck check = assertInstanceOf(BinaryCheck.class, Parser.parse(text));
        ListValue list = assertInstanceOf(ListValue.class, check.value());
        assertEquals(13, list.offset());
        assertEquals(List.of(
                new ListRef(14, "shell_binaries"),
                new Value(30, "quoted", true),
                new Value(40, "a-b", false),
                new ListValue(45, List.of(new ListRef(46, "x")))), list.items());

        BinaryCheck bare = assertInstanceOf(BinaryCheck.class, Parser.parse("proc.name in shell_binaries"));
        assertEquals(new ListRef(13, "shell_binaries"), bare.value());
        BinaryCheck eq = assertInstanceOf(BinaryCheck.class, Parser.parse("proc.name = shell_binaries"));
        assertEquals(new Value(12, "shell_binaries", false), eq.value(), "only list operators take list names");
    }

    @Test
    void fieldArgumentsAreUnquoted() throws ConditionSyntaxException {
        BinaryCheck quoted = assertInstanceOf(BinaryCheck.class, Parser.parse("proc.aname[\"x y\"] = z"));
        assertEquals(new FieldRef(0, "proc.aname", "x y"), quoted.field());
        BinaryCheck bare = assertInstanceOf(BinaryCheck.class, Parser.parse("proc.aname[2] = z"));
        FieldRef ref = assertInstanceOf(FieldRef.class, bare.field());
        assertTrue(ref.hasArg());
        assertEquals("2", ref.arg());
        BinaryCheck dotted = assertInstanceOf(BinaryCheck.class, Parser.parse("evt.arg.flags contains O_CREAT"));
        assertEquals(new FieldRef(0, "evt.arg.flags"), dotted.field());
        assertNull(((FieldRef) dotted.field()).arg());
    }

    @Test
    void transformersNestAndTakeLiteralArguments() throws ConditionSyntaxException {
        //             0         1         2         3
        //             0123456789012345678901234567890123456789
        String text = "len(join(\",\", (proc.name, 1)))[x] > 0x1F";
        BinaryCheck check = assertInstanceOf(BinaryCheck.class, Parser.parse(text));
        Transformer len = assertInstanceOf(Transformer.class, check.field());
        assertEquals("len", len.name());
        assertEquals("x", len.arg());
        Transformer join = assertInstanceOf(Transformer.class, len.args().get(0));
        assertEquals(4, join.offset());
        assertEquals(new Value(9, ",", true), join.args().get(0));
        assertEquals(new TransformerList(14, List.of(new FieldRef(15, "proc.name"), new Value(26, "1", false))),
                join.args().get(1));
        assertEquals(new Value(36, "0x1F", false), check.value());
    }

    @Test
    void rightHandFieldsAreValFields() throws ConditionSyntaxException {
        BinaryCheck val = assertInstanceOf(BinaryCheck.class, Parser.parse("proc.name = val(proc.pname)"));
        assertEquals(new ValField(12, new FieldRef(16, "proc.pname")), val.value());
        BinaryCheck tr = assertInstanceOf(BinaryCheck.class, Parser.parse("proc.name = tolower(proc.pname)"));
        ValField field = assertInstanceOf(ValField.class, tr.value());
        assertEquals(new Transformer(12, "tolower", List.of(new FieldRef(20, "proc.pname"))), field.field());
        BinaryCheck word = assertInstanceOf(BinaryCheck.class, Parser.parse("proc.name = proc.pname"));
        assertEquals(new Value(12, "proc.pname", false), word.value(), "a bare word on the right is a value");
    }

    @Test
    void unaryChecksAndModifiers() throws ConditionSyntaxException {
        UnaryCheck exists = assertInstanceOf(UnaryCheck.class, Parser.parse("proc.aname[2] exists"));
        assertEquals("exists", exists.op());
        assertEquals(14, exists.opOffset());
        BinaryCheck any = assertInstanceOf(BinaryCheck.class, Parser.parse("anyof proc.args startswith -"));
        assertEquals(ListModifier.ANYOF, any.modifier());
        assertEquals(0, any.offset());
        assertEquals(6, any.field().offset());
        assertEquals(ListModifier.ALLOF,
                ((BinaryCheck) Parser.parse("allof proc.args = x")).modifier());
        assertEquals(ListModifier.ONEOF,
                ((BinaryCheck) Parser.parse("oneof proc.args in (a)")).modifier());
        assertEquals(new MacroRef(0, "anyof"), ((And) Parser.parse("anyof and b")).children().get(0));
    }

    @Test
    void escapesAreResolvedInValues() throws ConditionSyntaxException {
        assertEquals("say \"hi\"\t\\", value("proc.cmdline contains \"say \\\"hi\\\"\\t\\\\\""));
        assertEquals("it's", value("proc.cmdline contains 'it\\'s'"));
        assertEquals("a/b", value("fd.name = \"a\\/b\""));
        assertEquals("\b\f\n\r", value("fd.name = \"\\b\\f\\n\\r\""));
        assertEquals("a\\b", value("fd.name = \"a\\ b\""), "Falco's legacy: backslash-space is a backslash");
        assertEquals("C:\\x", value("fd.name = C:\\x"), "no escapes in bare strings");
        Value quoted = (Value) ((BinaryCheck) Parser.parse("proc.name = \"\"")).value();
        assertTrue(quoted.quoted());
        assertEquals("", quoted.text());
        assertFalse(((Value) ((BinaryCheck) Parser.parse("proc.name = x")).value()).quoted());
    }

    @Test
    void notOffsetIsTheKeywordAndOffsetsSurviveNewlines() throws ConditionSyntaxException {
        Or or = assertInstanceOf(Or.class, Parser.parse("a\n  or\n  not (b)"));
        assertEquals(0, or.offset());
        Not not = assertInstanceOf(Not.class, or.children().get(1));
        assertEquals(9, not.offset());
        assertEquals(new MacroRef(14, "b"), not.child());
    }

    @Test
    void parenthesesDoNotFlattenChains() throws ConditionSyntaxException {
        And outer = assertInstanceOf(And.class, Parser.parse("(a and b) and c"));
        assertEquals(2, outer.children().size());
        assertInstanceOf(And.class, outer.children().get(0));
        assertEquals(1, outer.children().get(0).offset());
    }

    private static String value(String condition) throws ConditionSyntaxException {
        return ((Value) ((BinaryCheck) Parser.parse(condition)).value()).text();
    }
}
