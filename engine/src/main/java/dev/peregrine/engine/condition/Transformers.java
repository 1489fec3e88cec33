package dev.peregrine.engine.condition;

import java.util.List;

/** The field transformer keywords the grammar knows (Falco 0.44 plus {@code concat}/{@code getopt} from libs). */
public final class Transformers {

    /** Transformers usable on both sides of a check, in Falco's order. */
    public static final List<String> NAMES =
            List.of("tolower", "toupper", "b64", "basename", "len", "join", "concat", "getopt");

    /** Only on the right side: {@code val(field)} compares against another field. */
    public static final String VAL = "val";

    private Transformers() {
    }

    public static boolean isTransformer(String name) {
        return NAMES.contains(name);
    }
}
