package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.BinaryCheck;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.eval.Glob;
import dev.peregrine.engine.eval.PathPrefixSet;
import dev.peregrine.engine.eval.RegexPredicate;
import dev.peregrine.engine.eval.TextPredicate;
import dev.peregrine.engine.eval.TextPredicates;

import java.util.regex.PatternSyntaxException;

/** Builds the prepared predicate of a string operator; bad right sides (regex, hex) are errors at the value. */
final class StringOperators {

    private StringOperators() {
    }

    static TextPredicate predicate(BinaryCheck check, String op, Bound left, OperandValues values) {
        switch (op) {
            case "in":
            case "intersects":
                return TextPredicates.in(values.texts());
            case "pmatch":
                return new PathPrefixSet(values.texts());
            default:
                break;
        }
        Value v = values.single();
        String s = v.text();
        switch (op) {
            case "=":
                return TextPredicates.equalTo(s);
            case "!=":
                return TextPredicates.notEqualTo(s);
            case "contains":
                return TextPredicates.contains(s);
            case "icontains":
                return TextPredicates.icontains(s);
            case "startswith":
                return TextPredicates.startsWith(s);
            case "endswith":
                return TextPredicates.endsWith(s);
            case "glob":
                return new Glob(s, false);
            case "iglob":
                return new Glob(s, true);
            case "regex":
                try {
                    return new RegexPredicate(s);
                } catch (PatternSyntaxException e) {
                    throw new CheckFailure(values.at(v), "invalid regex '" + s + "': " + e.getDescription());
                }
            case "bcontains":
            case "bstartswith":
                if (left.type() != dev.peregrine.engine.fields.FieldType.BYTES) {
                    break;
                }
                try {
                    return op.equals("bcontains") ? TextPredicates.bcontains(s) : TextPredicates.bstartswith(s);
                } catch (IllegalArgumentException e) {
                    throw new CheckFailure(values.at(v), e.getMessage());
                }
            default:
                break;
        }
        throw new CheckFailure(values.atOperator(), "operator '" + op + "' is not supported for " + left.describe());
    }
}
