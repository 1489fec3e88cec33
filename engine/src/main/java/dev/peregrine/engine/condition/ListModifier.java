package dev.peregrine.engine.condition;

/**
 * How a check applies to a list-valued left side. Falco has no such keywords (Falco 0.44's grammar, see
 * {@link Parser}); they are a Peregrine extension written as a prefix of the check:
 * {@code anyof fd.names startswith /etc}. Without a modifier a check on a list-valued field keeps Falco's meaning.
 */
public enum ListModifier {
    /** No modifier: Falco semantics. */
    NONE(""),
    /** True when exactly one element satisfies the comparison. */
    ONEOF("oneof"),
    /** True when at least one element satisfies the comparison. */
    ANYOF("anyof"),
    /** True when every element satisfies the comparison (and vacuously for an empty list). */
    ALLOF("allof");

    private final String keyword;

    ListModifier(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword as written in conditions; empty for {@link #NONE}. */
    public String keyword() {
        return keyword;
    }
}
