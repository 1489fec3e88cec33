package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;
import dev.peregrine.engine.diag.TextLocator;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Locates characters of one YAML scalar's value in the file. YAML folds line breaks, strips indentation, drops
 * quotes and expands escapes, so the value is not a substring of the file. Instead of re-implementing YAML's
 * scalar rules we align the value with the raw text between the node's marks: every non-blank value character
 * appears in the raw text in the same order (an escape sequence stands for one character), and blanks are mapped
 * to the raw blank they came from, or to where the fold happened. The alignment is built on first use: most
 * scalars are never located, only those a diagnostic points into.
 */
final class ScalarLocator implements TextLocator {

    private final FileText file;
    private final String value;
    private final ScalarStyle style;
    private final int rawStart;
    private final int rawEnd;
    private volatile int[] map;

    private ScalarLocator(FileText file, String value, ScalarStyle style, int rawStart, int rawEnd) {
        this.file = file;
        this.value = value;
        this.style = style;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
    }

    static ScalarLocator of(FileText file, ScalarNode node) {
        return new ScalarLocator(file, node.getValue(), node.getScalarStyle(),
                file.charIndex(node.getStartMark()), file.charIndex(node.getEndMark()));
    }

    @Override
    public SourcePosition locate(int offsetInText) {
        int[] m = map;
        if (m == null) {
            m = align();
            map = m;
        }
        return file.at(m[Math.max(0, Math.min(offsetInText, value.length()))]);
    }

    /** {@code result[i]} is the raw char index of value char {@code i}; the extra last slot is "just after". */
    private int[] align() {
        String raw = file.content();
        int[] result = new int[value.length() + 1];
        int j = bodyStart(raw);
        boolean doubleQuoted = style == ScalarStyle.DOUBLE_QUOTED;
        boolean singleQuoted = style == ScalarStyle.SINGLE_QUOTED;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (doubleQuoted && j + 1 < rawEnd && raw.charAt(j) == '\\' && isBreak(raw.charAt(j + 1))) {
                j = skipBlanks(raw, j + 1); // an escaped line break stands for nothing
                continue;
            }
            if (!isBlank(c)) {
                while (j < rawEnd && isBlank(raw.charAt(j))) {
                    j++;
                }
            }
            result[i] = Math.min(j, Math.max(rawStart, rawEnd - 1));
            if (doubleQuoted && j < rawEnd && raw.charAt(j) == '\\') {
                int length = escapeLength(raw, j);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    result[i + 1] = result[i]; // a \U escape became a surrogate pair
                    i++;
                }
                j += length;
            } else if (singleQuoted && c == '\'' && j + 1 < rawEnd && raw.charAt(j) == '\'') {
                j += 2;
            } else if (!isBlank(c) || (j < rawEnd && raw.charAt(j) == c)) {
                j++; // a blank that was folded away keeps j on the raw break
            }
            i++;
        }
        result[value.length()] = value.isEmpty() ? Math.min(j, rawEnd) : Math.min(result[value.length() - 1] + 1, rawEnd);
        return result;
    }

    /** Skips the opening quote, or a block scalar's header line ({@code |-}, {@code >2 # comment}). */
    private int bodyStart(String raw) {
        switch (style) {
            case SINGLE_QUOTED:
            case DOUBLE_QUOTED:
                return Math.min(rawStart + 1, rawEnd);
            case LITERAL:
            case FOLDED:
                int j = rawStart;
                while (j < rawEnd && !isBreak(raw.charAt(j))) {
                    j++;
                }
                return skipBlanks(raw, j);
            default:
                return rawStart;
        }
    }

    private int skipBlanks(String raw, int from) {
        int j = from;
        while (j < rawEnd && isBlank(raw.charAt(j))) {
            j++;
        }
        return j;
    }

    private int escapeLength(String raw, int backslash) {
        char kind = backslash + 1 < rawEnd ? raw.charAt(backslash + 1) : ' ';
        int length;
        switch (kind) {
            case 'x': length = 4; break;
            case 'u': length = 6; break;
            case 'U': length = 10; break;
            default: length = 2; break;
        }
        return Math.min(length, rawEnd - backslash);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || isBreak(c);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
