package dev.peregrine.engine.condition;

/**
 * The lexer: a cursor over the condition text with one method per token class of Falco's grammar (see the token
 * regexes in {@link Parser}). The language is context dependent ({@code /etc} is a value after {@code startswith}
 * but nothing in boolean position), so, as in libsinsp, the parser asks for the token it expects at each point
 * instead of consuming a precomputed token stream. Every method either consumes its token and returns it, or
 * consumes nothing and returns {@code null}/{@code false}.
 */
final class Scanner {

    private final String text;
    private int pos;
    /** The last token consumed (blanks excluded), for "unexpected token after 'x'" messages. */
    private String last = "";

    Scanner(String text) {
        this.text = text;
    }

    int pos() {
        return pos;
    }

    void reset(int to) {
        pos = to;
    }

    String text() {
        return text;
    }

    String last() {
        return last;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character, or 0 at the end. */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\b' || c == '\f' || c == '\u000B';
    }

    /** Skips blanks; true if there was at least one. */
    boolean blank() {
        int start = pos;
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    /** Consumes {@code s} if the text continues with it. */
    boolean literal(String s) {
        if (text.startsWith(s, pos)) {
            pos += s.length();
            last = s;
            return true;
        }
        return false;
    }

    /** Identifier: {@code [a-zA-Z]+[a-zA-Z0-9_]*}. */
    String identifier() {
        int end = identifierEnd(pos);
        return end < 0 ? null : take(end);
    }

    /** FieldName: {@code Identifier(\.Identifier)+}, longest match. */
    String fieldName() {
        int end = identifierEnd(pos);
        if (end < 0) {
            return null;
        }
        int segments = 1;
        while (end < text.length() && text.charAt(end) == '.') {
            int next = identifierEnd(end + 1);
            if (next < 0) {
                break;
            }
            end = next;
            segments++;
        }
        return segments < 2 ? null : take(end);
    }

    /** True if a field name starts here (without consuming it). */
    boolean atFieldName() {
        int start = pos;
        String name = fieldName();
        pos = start;
        return name != null;
    }

    /** HexNumber {@code 0[xX][0-9a-fA-F]+} or Number {@code [+-]?[0-9]+\.?[0-9]*([eE][+-][0-9]+)?}. */
    String number() {
        int i = pos;
        if (charAt(i) == '0' && (charAt(i + 1) == 'x' || charAt(i + 1) == 'X')
                && isHex(charAt(i + 2))) {
            i += 2;
            while (isHex(charAt(i))) {
                i++;
            }
            return take(i);
        }
        if (charAt(i) == '+' || charAt(i) == '-') {
            i++;
        }
        if (!isDigit(charAt(i))) {
            return null;
        }
        while (isDigit(charAt(i))) {
            i++;
        }
        if (charAt(i) == '.') {
            i++;
        }
        while (isDigit(charAt(i))) {
            i++;
        }
        if ((charAt(i) == 'e' || charAt(i) == 'E') && (charAt(i + 1) == '+' || charAt(i + 1) == '-')
                && isDigit(charAt(i + 2))) {
            i += 2;
            while (isDigit(charAt(i))) {
                i++;
            }
        }
        return take(i);
    }

    /** BareStr: {@code [^()"'[:space:]=,]+}. */
    String bareString() {
        int i = pos;
        while (i < text.length() && isBareChar(text.charAt(i))) {
            i++;
        }
        return i == pos ? null : take(i);
    }

    static boolean isBareChar(char c) {
        return !isBlank(c) && c != '(' && c != ')' && c != '"' && c != '\'' && c != '=' && c != ',';
    }

    /** FieldArgBareStr: {@code [^][\"'[:space:]]+}. */
    String fieldArgBareString() {
        int i = pos;
        while (i < text.length() && isFieldArgChar(text.charAt(i))) {
            i++;
        }
        return i == pos ? null : take(i);
    }

    static boolean isFieldArgChar(char c) {
        return !isBlank(c) && c != '[' && c != ']' && c != '"' && c != '\'';
    }

    /**
     * QuotedStr, single or double quoted, unescaped as Falco's {@code unescape_str} does. Null if no quote here.
     */
    String quotedString() throws ConditionSyntaxException {
        char quote = peek();
        if (quote != '"' && quote != '\'') {
            return null;
        }
        int start = pos;
        StringBuilder sb = new StringBuilder();
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                pos = i + 1;
                last = text.substring(start, pos);
                return sb.toString();
            }
            if (c == '\\') {
                if (i + 1 >= text.length()) {
                    break;
                }
                appendEscape(sb, quote, text.charAt(i + 1), i);
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        throw new ConditionSyntaxException("unterminated string", start);
    }

    private static void appendEscape(StringBuilder sb, char quote, char c, int at) throws ConditionSyntaxException {
        switch (c) {
            case 'b': sb.append('\b'); break;
            case 'f': sb.append('\f'); break;
            case 'n': sb.append('\n'); break;
            case 'r': sb.append('\r'); break;
            case 't': sb.append('\t'); break;
            // Falco keeps "\ " as a lone backslash for old, wrongly escaped rules (escaping.cpp); so do we.
            case ' ':
            case '\\': sb.append('\\'); break;
            case '/': sb.append('/'); break;
            case '"':
            case '\'':
                if (c != quote) {
                    throw new ConditionSyntaxException("invalid \\" + c + " escape in " + quote + "-quoted string", at);
                }
                sb.append(c);
                break;
            default:
                throw new ConditionSyntaxException("unsupported string escape sequence: \\" + c, at);
        }
    }

    /** Up to 20 characters of the text at the cursor, stopping at a blank: what an error calls "the token". */
    String describeHere() {
        int end = pos;
        while (end < text.length() && end - pos < 20 && !isBlank(text.charAt(end))) {
            end++;
        }
        return text.substring(pos, end);
    }

    static boolean isIdentifierChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }

    private int identifierEnd(int from) {
        if (!isLetter(charAt(from))) {
            return -1;
        }
        int i = from + 1;
        while (isLetter(charAt(i)) || isDigit(charAt(i)) || charAt(i) == '_') {
            i++;
        }
        return i;
    }

    private String take(int end) {
        String token = text.substring(pos, end);
        pos = end;
        last = token;
        return token;
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
