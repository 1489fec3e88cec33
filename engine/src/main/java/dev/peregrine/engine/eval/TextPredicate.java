package dev.peregrine.engine.eval;

/**
 * A string operator with its right-hand side already prepared at compile time (lower-cased needle, compiled
 * glob or regex, hash set, prefix trie). Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface TextPredicate {

    /** {@code value} is never null: absent values are handled (as false) by {@link EvalText}. */
    boolean test(String value);
}
