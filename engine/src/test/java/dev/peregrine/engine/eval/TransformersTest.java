package dev.peregrine.engine.eval;

import dev.peregrine.engine.MapEvent;
import dev.peregrine.engine.event.Accessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.peregrine.engine.MapEvent.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransformersTest {

    private final MapEvent event = MapEvent.syscall("execve")
            .with("proc.name", "BaSh")
            .with("fd.name", "/usr/bin/curl")
            .with("fd.dir", "/usr/bin/")
            .with("proc.env", "aWQgLXU=")       // "id -u"
            .with("proc.env2", "aWQgLXU")        // unpadded
            .with("bad", "!!!")
            .withList("proc.argv", "-n", "-t", "30", "-xvalue", "file", "-q")
            .withList("list", "a", "b", "c");

    private static TextValue text(String key) {
        return TextValue.of(field(key));
    }

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(delimiter = ';', nullValues = "NULL", value = {
            "tolower;proc.name;bash",
            "toupper;proc.name;BASH",
            "tolower;missing;NULL",
            "basename;fd.name;curl",
            "basename;fd.dir;''",
            "basename;proc.name;BaSh",
            "b64;proc.env;id -u",
            "b64;proc.env2;id -u",
            "b64;bad;NULL",
    })
    void textTransformers(String transformer, String key, String expected) {
        TextValue v = switch0(transformer, text(key));
        assertEquals(expected, v.text(event));
    }

    private static TextValue switch0(String name, TextValue in) {
        if (name.equals("tolower")) {
            return CaseTransform.toLower(in);
        }
        if (name.equals("toupper")) {
            return CaseTransform.toUpper(in);
        }
        if (name.equals("basename")) {
            return new Basename(in);
        }
        return new Base64Decode(in);
    }

    @Test
    void transformedValuesFeedComparisons() {
        assertTrue(new EvalText(CaseTransform.toLower(text("proc.name")), TextPredicates.equalTo("bash")).test(event));
        assertFalse(new EvalText(text("proc.name"), TextPredicates.equalTo("bash")).test(event));
    }

    @Test
    void len() {
        assertEquals(4, Length.ofText(text("proc.name")).number(event));
        assertEquals(3, Length.ofList(ListValue.of(field("list"))).number(event));
        assertEquals(Accessor.ABSENT, Length.ofText(text("missing")).number(event));
        assertTrue(EvalNumber.of(Length.ofText(text("fd.name")), ">", 10).test(event));
        assertFalse(EvalNumber.of(Length.ofText(text("missing")), "<", 10).test(event), "absent stays false");
    }

    @Test
    void joinAndConcat() {
        assertEquals("a,b,c", new Join(TextValue.literal(","), ListValue.of(field("list"))).text(event));
        assertNull(new Join(TextValue.literal(","), ListValue.of(field("missing"))).text(event));
        assertEquals("BaSh:/usr/bin/curl",
                new Concat(List.of(text("proc.name"), TextValue.literal(":"), text("fd.name"))).text(event));
        assertNull(new Concat(List.of(text("proc.name"), text("missing"))).text(event));
    }

    @Test
    void getopt() {
        Getopt g = new Getopt(ListValue.of(field("proc.argv")), "nt:x:");
        // stops at the first non-option ("file"); -x takes the rest of its token
        assertEquals(List.of("n", "t", "30", "x", "value"), g.values(event));
        assertEquals("30", g.select('t').text(event));
        assertEquals("n", g.select('n').text(event));
        assertNull(g.select('q').text(event), "-q comes after the first non-option");
        assertEquals(List.of("?", "t", "30", "?"), new Getopt(ListValue.of(field("proc.argv")), "t:")
                .values(MapEvent.syscall("execve").withList("proc.argv", "-n", "-t", "30", "-y")));
        assertEquals(List.of("t", "v"), new Getopt(ListValue.of(field("a")), "t:")
                .values(MapEvent.syscall("execve").withList("a", "--long", "-t", "v", "--", "-t", "w")));
        assertEquals(List.of(""), new Getopt(ListValue.of(field("a")), "t:")
                .values(MapEvent.syscall("execve").withList("a", "-t")));
    }
}
