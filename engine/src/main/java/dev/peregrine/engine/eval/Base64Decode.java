package dev.peregrine.engine.eval;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code b64(x)}: base64-decodes the value (padding optional, as libsinsp); invalid input is not extractable. */
public final class Base64Decode extends TextTransform {

    public Base64Decode(TextValue input) {
        super(input);
    }

    @Override
    String apply(String v) {
        try {
            return new String(Base64.getDecoder().decode(v.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
