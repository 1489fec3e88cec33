package dev.peregrine.engine.eval;

/** Hex operands of {@code bcontains}/{@code bstartswith} ({@code 7f454c46}, optional {@code 0x}). */
public final class Hex {

    private Hex() {
    }

    /** Decodes to a string with one char (0-255) per byte; throws IllegalArgumentException on bad input. */
    public static String decodeToLatin1(String hex) {
        String h = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (h.isEmpty() || h.length() % 2 != 0) {
            throw new IllegalArgumentException("'" + hex + "' is not an even number of hex digits");
        }
        StringBuilder sb = new StringBuilder(h.length() / 2);
        for (int i = 0; i < h.length(); i += 2) {
            int hi = Character.digit(h.charAt(i), 16);
            int lo = Character.digit(h.charAt(i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("'" + hex + "' is not hexadecimal");
            }
            sb.append((char) (hi << 4 | lo));
        }
        return sb.toString();
    }
}
