package dev.peregrine.engine.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reject table: each condition must fail with a message containing the given text, at the given offset. */
class ParserRejectTest {

    static List<Arguments> cases() {
        return List.of(
                r("", 0, "condition is empty"),
                r("   \n\t", 0, "condition is empty"),
                r("(a", 0, "unbalanced parentheses: '(' has no matching ')'"),
                r("a and (b or c", 6, "unbalanced parentheses"),
                r("((a)", 0, "unbalanced parentheses"),
                r("(((a) and b)", 0, "unbalanced parentheses"),
                r("a)", 1, "unbalanced parentheses: ')' has no matching '('"),
                r("(a))", 3, "unbalanced parentheses: ')' has no matching '('"),
                r("proc.name = bash)", 16, "unbalanced parentheses"),
                r("not(a", 3, "unbalanced parentheses"),
                r("a and not(b or c", 9, "unbalanced parentheses"),
                r("proc.name in (a, b", 13, "unbalanced parentheses"),
                r("proc.name in (a, (b, c)", 13, "unbalanced parentheses"),
                r("proc.name in (a", 13, "unbalanced parentheses"),
                r("proc.name = val(proc.pname", 15, "unbalanced parentheses"),
                r("tolower(proc.name", 7, "unbalanced parentheses"),
                r("proc.name = \"bash", 12, "unterminated string"),
                r("proc.name = 'bash", 12, "unterminated string"),
                r("proc.name = \"bash\\\"", 12, "unterminated string"),
                r("proc.name in (\"a, b)", 14, "unterminated string"),
                r("proc.aname[\"x] = y", 11, "unterminated string"),
                r("join(\",, proc.args) = x", 5, "unterminated string"),
                r("proc.name = \"a\\qb\"", 14, "unsupported string escape sequence: \\q"),
                r("proc.name = \"a\\xb\"", 14, "unsupported string escape sequence: \\x"),
                r("proc.name = \"a\\'b\"", 14, "invalid \\' escape in \"-quoted string"),
                r("proc.name = 'a\\\"b'", 14, "invalid \\\" escape in '-quoted string"),
                r("proc.name contains", 18, "expected a value after 'contains'"),
                r("proc.name contains ", 19, "expected a value after 'contains'"),
                r("proc.name icontains (", 20, "expected a value after 'icontains'"),
                r("proc.name bcontains ,", 20, "expected a value after 'bcontains'"),
                r("proc.name startswith", 20, "expected a value after 'startswith'"),
                r("proc.name bstartswith =", 22, "expected a value after 'bstartswith'"),
                r("proc.name endswith )", 19, "expected a value after 'endswith'"),
                r("proc.name glob", 14, "expected a value after 'glob'"),
                r("proc.name iglob", 15, "expected a value after 'iglob'"),
                r("proc.name regex", 15, "expected a value after 'regex'"),
                r("proc.name =", 11, "expected a value after '='"),
                r("proc.name ==", 12, "expected a value after '=='"),
                r("proc.name != ", 13, "expected a value after '!='"),
                r("proc.name = (bash)", 12, "expected a value after '='"),
                r("proc.name = = bash", 12, "expected a value after '='"),
                r("evt.count >", 11, "expected a number value after '>'"),
                r("evt.count >= ", 13, "expected a number value after '>='"),
                r("evt.count < abc", 12, "expected a number value after '<'"),
                r("evt.count <= \"5\"", 13, "expected a number value after '<='"),
                r("proc.name <> bash", 11, "expected a number value after '<'"),
                r("len(proc.args) > ten", 17, "expected a number value after '>'"),
                r("proc.name in", 12, "expected a list, a list name or a field after 'in'"),
                r("proc.name in /bin/sh", 13, "expected a list, a list name or a field after 'in'"),
                r("proc.name intersects \"a\"", 21, "after 'intersects'"),
                r("fd.name pmatch 5", 15, "after 'pmatch'"),
                r("proc.name in (a, )", 17, "expected a list item after ','"),
                r("proc.name in (a,, b)", 16, "expected a list item after ','"),
                r("proc.name in (=)", 14, "expected a list item"),
                r("proc.name in (a b)", 16, "expected ',' or ')' closing the list, found 'b)'"),
                r("proc.name", 9, "expected an operator after 'proc.name'"),
                r("proc.name ", 10, "expected an operator after 'proc.name'"),
                r("proc.aname[2]", 13, "expected an operator after 'proc.aname[2]'"),
                r("tolower(proc.name)", 18, "expected an operator after 'tolower(proc.name)'"),
                r("proc.name equals bash", 10, "'equals' is not a valid operator after 'proc.name'"),
                r("proc.name ~= bash", 10, "'~=' is not a valid operator"),
                r("proc.name containsbash", 10, "'containsbash' is not a valid operator"),
                r("proc.name and b", 10, "'and' is not a valid operator"),
                r("proc.name = bash bash", 17, "unexpected token 'bash' after 'bash', expecting 'and', 'or'"),
                r("a b", 2, "unexpected token 'b' after 'a', expecting 'and', 'or'"),
                r("a orb", 2, "unexpected token 'orb'"),
                r("a andb", 2, "unexpected token 'andb'"),
                r("(a b)", 3, "expecting 'and', 'or' or ')'"),
                r("proc.name in (a) b", 17, "unexpected token 'b'"),
                r("proc.name =bash\"", 15, "unexpected token '\"'"),
                r("evt.count > 0x", 13, "unexpected token 'x' after '0'"),
                r("proc.name = \"a\"b", 15, "unexpected token 'b' after '\"a\"'"),
                r("proc.name = bash and", 20, "expected a condition after 'and'"),
                r("proc.name = bash or", 19, "expected a condition after 'or'"),
                r("proc.name = bash and ", 21, "expected a condition after 'and'"),
                r("a and)", 5, "expected a condition after 'and'"),
                r("(a or)", 5, "expected a condition after 'or'"),
                r("a and and b", 6, "expected a condition before 'and'"),
                r("or", 0, "expected a condition before 'or'"),
                r("not", 3, "expected a condition after 'not'"),
                r("not ", 4, "expected a condition after 'not'"),
                r("a and not", 9, "expected a condition after 'not'"),
                r("(not)", 4, "expected a condition after 'not'"),
                r("()", 1, "expected a condition before ')'"),
                r("a and ()", 7, "expected a condition before ')'"),
                r("=", 0, "expected a '(' token, a field check, or an identifier"),
                r("123", 0, "expected a '(' token, a field check, or an identifier"),
                r("/etc/passwd", 0, "expected a '(' token, a field check, or an identifier"),
                r("\"proc.name\" = bash", 0, "expected a '(' token, a field check, or an identifier"),
                r("a and , b", 6, "expected a '(' token, a field check, or an identifier"),
                r("proc.name[1 = x", 11, "expected a ']' token"),
                r("proc.name[] = x", 10, "expected a valid field argument"),
                r("proc.aname[2", 10, "unbalanced brackets"),
                r("proc.aname [2] = x", 11, "'[2]' is not a valid operator"),
                r("tolower(proc.name = x", 18, "expected ',' or ')' closing the arguments of 'tolower'"),
                r("tolower() = x", 8, "expected an argument of 'tolower'"),
                r("tolower(bash) = x", 8, "expected an argument of 'tolower'"),
                r("join(\",\" proc.args) = x", 9, "expected ',' or ')' closing the arguments of 'join'"),
                r("join(\",\", (proc.name, )) = x", 22, "expected a list item"),
                r("getopt(proc.args, \"a\")[", 23, "expected a valid field argument"),
                r("foo(proc.name) = x", 0, "unknown transformer 'foo'"),
                r("val(proc.name) = x", 0, "'val' can only be used on the right side of a comparison"),
                r("proc.name = val(bash)", 16, "expected a field within 'val' transformer"),
                r("proc.name = val(tolower(proc.pname))", 16, "expected a field within 'val' transformer"),
                r("proc.name = tolower(bash)", 20, "expected an argument of 'tolower'"),
                r("anyof proc.args exists", 16, "list modifier 'anyof' needs a comparison, not 'exists'"),
                r("allof proc.args", 15, "expected an operator after 'proc.args'"));
    }

    private static Arguments r(String input, int offset, String message) {
        return Arguments.of(input, offset, message);
    }

    @Test
    void tableIsLargeEnough() {
        assertTrue(cases().size() >= 100, "reject table has " + cases().size() + " cases");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void rejectsWithMessageAndOffset(String input, int offset, String message) {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Parser.parse(input));
        assertTrue(e.getMessage().contains(message), () -> "message was: " + e.getMessage());
        assertEquals(offset, e.offset(), () -> "offset for message: " + e.getMessage());
    }
}
