package dev.peregrine.engine.compile;

/** Helpers for list items as written in YAML: quoted items lose their quotes, as when Falco splices a list in. */
final class Literals {

    private Literals() {
    }

    /** True when the item is written in quotes ({@code '"(systemd)"'} in YAML gives {@code "(systemd)"}). */
    static boolean isQuoted(String item) {
        String s = item.trim();
        return s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0);
    }

    /** The item's value: quotes removed and the condition language's escapes resolved; bare items trimmed. */
    static String value(String item) {
        String s = item.trim();
        if (!isQuoted(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                char e = s.charAt(++i);
                switch (e) {
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    default: sb.append(e); // \\ \" \' \/
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A name a list or macro could have: {@code [a-zA-Z][a-zA-Z0-9_]*}. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
