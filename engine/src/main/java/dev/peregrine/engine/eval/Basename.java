package dev.peregrine.engine.eval;

/** {@code basename(x)}: what follows the last {@code /} ({@code /usr/bin/} gives the empty string, as libsinsp). */
public final class Basename extends TextTransform {

    public Basename(TextValue input) {
        super(input);
    }

    @Override
    String apply(String v) {
        int slash = v.lastIndexOf('/');
        return slash < 0 ? v : v.substring(slash + 1);
    }
}
