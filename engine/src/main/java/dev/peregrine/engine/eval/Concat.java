package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.List;

/** {@code concat(a, b, ...)}: the strings one after the other; absent if any part is absent (libsinsp). */
public final class Concat implements TextValue {

    private final TextValue[] parts;

    public Concat(List<TextValue> parts) {
        this.parts = parts.toArray(new TextValue[0]);
    }

    @Override
    public String text(Event event) {
        StringBuilder sb = new StringBuilder();
        for (TextValue part : parts) {
            String v = part.text(event);
            if (v == null) {
                return null;
            }
            sb.append(v);
        }
        return sb.toString();
    }
}
