package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code b64(x)}: base64-decodes the value (padding optional, as libsinsp); invalid input is not extractable. */
public final class Base64Decode implements TextValue {

    private final TextValue input;

    public Base64Decode(TextValue input) {
        this.input = input;
    }

    @Override
    public String text(Event event) {
        String v = input.text(event);
        if (v == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(v.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
