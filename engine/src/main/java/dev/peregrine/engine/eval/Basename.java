package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/** {@code basename(x)}: what follows the last {@code /} ({@code /usr/bin/} gives the empty string, as libsinsp). */
public final class Basename implements TextValue {

    private final TextValue input;

    public Basename(TextValue input) {
        this.input = input;
    }

    @Override
    public String text(Event event) {
        String v = input.text(event);
        if (v == null) {
            return null;
        }
        int slash = v.lastIndexOf('/');
        return slash < 0 ? v : v.substring(slash + 1);
    }
}
