package dev.peregrine.engine.condition;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: whitespace variants of a condition and the shared reference directory. */
final class Conditions {

    private Conditions() {
    }

    /** {@code condition} with every space outside quoted strings replaced by {@code blank}. */
    static String replaceSpaces(String condition, String blank) {
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (quote != 0) {
                sb.append(c);
                if (c == '\\' && i + 1 < condition.length()) {
                    sb.append(condition.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                sb.append(c);
            } else {
                sb.append(c == ' ' ? blank : String.valueOf(c));
            }
        }
        return sb.toString();
    }
}
