package dev.peregrine.probe.detections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks a value out of one flat Falco JSON alert line (host-probe has no JSON library). */
final class Json {

    private Json() {
    }

    /** The value of {@code "key":}: a string's content unescaped, or a number/true/false/null as written. */
    static String value(String line, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)")
                .matcher(line);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2).replace("\\/", "/").replace("\\\"", "\"") : m.group(1);
    }
}
