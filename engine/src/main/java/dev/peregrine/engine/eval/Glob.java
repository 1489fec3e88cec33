package dev.peregrine.engine.eval;

/**
 * {@code glob} / {@code iglob}: fnmatch(3) without {@code FNM_PATHNAME} or {@code FNM_PERIOD}, so {@code *} also
 * matches {@code /} and leading dots, as Falco's conditions expect ({@code fd.name glob '/home/*}{@code /.ssh/*'}).
 * Supports {@code * ? [abc] [a-z] [!x] [^x]} and backslash escapes. The pattern is analysed once; matching
 * walks it with a single backtracking point for the last star (linear in practice) and allocates nothing.
 */
public final class Glob implements TextPredicate {

    private final char[] pattern;
    /** For each {@code [} the index of its closing {@code ]}, or -1 when unterminated (then it is literal). */
    private final int[] classEnd;
    private final boolean ignoreCase;

    public Glob(String pattern, boolean ignoreCase) {
        this.pattern = pattern.toCharArray();
        this.ignoreCase = ignoreCase;
        this.classEnd = new int[this.pattern.length];
        for (int p = 0; p < this.pattern.length; p++) {
            classEnd[p] = this.pattern[p] == '[' ? findClassEnd(p) : -1;
            if (this.pattern[p] == '\\') {
                p++;
            }
        }
    }

    private int findClassEnd(int open) {
        int j = open + 1;
        if (j < pattern.length && (pattern[j] == '!' || pattern[j] == '^')) {
            j++;
        }
        if (j < pattern.length && pattern[j] == ']') {
            j++;
        }
        while (j < pattern.length && pattern[j] != ']') {
            j += pattern[j] == '\\' ? 2 : 1;
        }
        return j < pattern.length ? j : -1;
    }

    @Override
    public boolean test(String s) {
        int p = 0;
        int i = 0;
        int starP = -1;
        int starI = -1;
        int n = s.length();
        while (i < n) {
            if (p < pattern.length) {
                char c = pattern[p];
                if (c == '*') {
                    starP = p++;
                    starI = i;
                    continue;
                }
                if (c == '?') {
                    p++;
                    i++;
                    continue;
                }
                if (c == '[' && classEnd[p] > 0) {
                    if (classMatches(p, classEnd[p], s.charAt(i))) {
                        p = classEnd[p] + 1;
                        i++;
                        continue;
                    }
                } else {
                    int step = 1;
                    if (c == '\\' && p + 1 < pattern.length) {
                        c = pattern[p + 1];
                        step = 2;
                    }
                    if (same(c, s.charAt(i))) {
                        p += step;
                        i++;
                        continue;
                    }
                }
            }
            if (starP < 0) {
                return false;
            }
            p = starP + 1;
            i = ++starI;
        }
        while (p < pattern.length && pattern[p] == '*') {
            p++;
        }
        return p == pattern.length;
    }

    private boolean classMatches(int open, int close, char ch) {
        int j = open + 1;
        boolean negate = pattern[j] == '!' || pattern[j] == '^';
        if (negate) {
            j++;
        }
        boolean found = false;
        while (j < close) {
            char lo = pattern[j];
            if (lo == '\\' && j + 1 < close) {
                lo = pattern[++j];
            }
            char hi = lo;
            if (j + 2 < close && pattern[j + 1] == '-') {
                hi = pattern[j + 2];
                j += 2;
            }
            if (inRange(ch, lo, hi)) {
                found = true;
            }
            j++;
        }
        return found != negate;
    }

    private boolean inRange(char ch, char lo, char hi) {
        if (ch >= lo && ch <= hi) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        char l = Character.toLowerCase(ch);
        char u = Character.toUpperCase(ch);
        return (l >= lo && l <= hi) || (u >= lo && u <= hi);
    }

    private boolean same(char a, char b) {
        return a == b || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
    }
}
