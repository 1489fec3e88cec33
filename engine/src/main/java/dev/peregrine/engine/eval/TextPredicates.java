package dev.peregrine.engine.eval;

import java.util.Collection;
import java.util.Locale;

/** The plain string operators. None allocates: case-insensitive ones use {@code regionMatches}. */
public final class TextPredicates {

    private TextPredicates() {
    }

    public static TextPredicate equalTo(String operand) {
        return operand::equals;
    }

    public static TextPredicate notEqualTo(String operand) {
        return v -> !operand.equals(v);
    }

    public static TextPredicate contains(String operand) {
        return v -> v.contains(operand);
    }

    /** {@code icontains}: ASCII and Unicode case folding per character, like strcasestr on the bytes Falco sees. */
    public static TextPredicate icontains(String operand) {
        String needle = operand.toLowerCase(Locale.ROOT);
        int n = needle.length();
        return v -> {
            for (int i = 0, last = v.length() - n; i <= last; i++) {
                if (v.regionMatches(true, i, needle, 0, n)) {
                    return true;
                }
            }
            return false;
        };
    }

    public static TextPredicate startsWith(String operand) {
        return v -> v.startsWith(operand);
    }

    public static TextPredicate endsWith(String operand) {
        return v -> v.endsWith(operand);
    }

    /** {@code in} / {@code intersects} on a single-valued field: one hash lookup. */
    public static TextPredicate in(Collection<String> operands) {
        StringSet set = new StringSet(operands);
        return set::contains;
    }

    /** {@code bcontains}: the operand is hex in the rule; the value holds one char per byte. */
    public static TextPredicate bcontains(String hex) {
        return contains(Hex.decodeToLatin1(hex));
    }

    public static TextPredicate bstartswith(String hex) {
        return startsWith(Hex.decodeToLatin1(hex));
    }
}
