package dev.peregrine.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code required_engine_version}. Falco accepts a bare number {@code N} (meaning {@code 0.N.0}, the old
 * integer engine versions) or a semver {@code x.y.z}; versions compare numerically, so 0.10.0 > 0.9.0.
 */
record EngineVersion(int major, int minor, int patch) implements Comparable<EngineVersion> {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern SEMVER = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");

    /** Null when {@code text} is neither form. */
    static EngineVersion parse(String text) {
        String t = text.trim();
        if (NUMBER.matcher(t).matches()) {
            return new EngineVersion(0, Integer.parseInt(t), 0);
        }
        Matcher m = SEMVER.matcher(t);
        if (!m.matches()) {
            return null;
        }
        return new EngineVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(EngineVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
