package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;
import org.yaml.snakeyaml.error.Mark;

import java.util.Arrays;

/**
 * The raw text of one YAML file with a line table, turning SnakeYAML marks (code-point indexes) and char indexes
 * into {@link SourcePosition}s that carry the whole source line for carets. Lines end at {@code \n}, {@code \r\n}
 * or {@code \r}; columns count UTF-16 chars from 1.
 */
final class FileText {

    private final String name;
    private final String content;
    private final int[] lineStarts;
    private final boolean hasSurrogates;

    FileText(String name, String content) {
        this.name = name;
        this.content = content;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        boolean surrogates = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            surrogates |= Character.isSurrogate(c);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.hasSurrogates = surrogates;
    }

    String name() {
        return name;
    }

    String content() {
        return content;
    }

    /** SnakeYAML counts code points; Java strings count chars. They differ only past a supplementary character. */
    int charIndex(Mark mark) {
        int index = mark.getIndex();
        if (!hasSurrogates) {
            return Math.min(index, content.length());
        }
        int codePoints = content.codePointCount(0, content.length());
        return index >= codePoints ? content.length() : content.offsetByCodePoints(0, index);
    }

    SourcePosition at(Mark mark) {
        return at(charIndex(mark));
    }

    SourcePosition at(int charIndex) {
        int index = Math.max(0, Math.min(charIndex, content.length()));
        int line = Arrays.binarySearch(lineStarts, index);
        if (line < 0) {
            line = -line - 2;
        }
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : content.length();
        while (end > start && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
            end--;
        }
        return new SourcePosition(name, line + 1, index - start + 1, content.substring(start, end));
    }
}
