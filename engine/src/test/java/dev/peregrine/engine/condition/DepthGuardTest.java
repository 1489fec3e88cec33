package dev.peregrine.engine.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Hostile nesting gets a clean error at the 101st level, never a StackOverflowError. */
class DepthGuardTest {

    private static final String TOO_DEEP = "nesting too deep (more than 100 levels)";

    @Test
    void hundredThousandOpeningParenthesesFailCleanly() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> Parser.parse("(".repeat(100_000)));
        assertEquals(TOO_DEEP, e.getMessage());
        assertEquals(100, e.offset(), "the 101st '(' is the one refused");
    }

    @Test
    void hundredLevelsAreAllowedAndOneMoreIsNot() throws ConditionSyntaxException {
        assertInstanceOf(MacroRef.class, Parser.parse("(".repeat(100) + "a" + ")".repeat(100)));
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> Parser.parse("(".repeat(101) + "a" + ")".repeat(101)));
        assertEquals(TOO_DEEP, e.getMessage());
    }

    @Test
    void everyKindOfParenthesisCounts() {
        assertTooDeep("not(".repeat(200) + "a" + ")".repeat(200));
        assertTooDeep("tolower(".repeat(200) + "proc.name" + ")".repeat(200) + " = x");
        assertTooDeep("proc.name in " + "(".repeat(200) + "a" + ")".repeat(200));
        assertTooDeep("proc.name = " + "tolower(".repeat(200) + "proc.pname" + ")".repeat(200));
        assertTooDeep("a and (".repeat(5_000) + "b" + ")".repeat(5_000));
    }

    @Test
    void longFlatChainsAreNotNesting() throws ConditionSyntaxException {
        String chain = "a and ".repeat(50_000) + "a";
        And and = assertInstanceOf(And.class, Parser.parse(chain));
        assertEquals(50_001, and.children().size());
        Not not = assertInstanceOf(Not.class, Parser.parse("not ".repeat(100_001) + "a"));
        assertInstanceOf(MacroRef.class, not.child());
    }

    private static void assertTooDeep(String condition) {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Parser.parse(condition));
        assertEquals(TOO_DEEP, e.getMessage());
    }
}
