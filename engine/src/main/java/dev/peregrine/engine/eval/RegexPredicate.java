package dev.peregrine.engine.eval;

import java.util.regex.Pattern;

/**
 * {@code regex}: the whole value must match ({@link java.util.regex.Matcher#matches()}), compiled once.
 * {@code java.util.regex} allocates a matcher per test; regex conditions are rare and only run on candidate events.
 */
public final class RegexPredicate implements TextPredicate {

    private final Pattern pattern;

    /** @throws java.util.regex.PatternSyntaxException for an invalid expression (reported by the compiler). */
    public RegexPredicate(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    @Override
    public boolean test(String value) {
        return pattern.matcher(value).matches();
    }
}
