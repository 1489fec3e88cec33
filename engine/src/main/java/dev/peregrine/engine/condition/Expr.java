package dev.peregrine.engine.condition;

/**
 * A boolean expression of the condition language: the root of every parsed condition.
 *
 * <p>Pure data. Every node carries {@link #offset()}, the index in the condition text where the node starts, so a
 * later pass (macro expansion, type checking) can point its diagnostics at the right column through a
 * {@link dev.peregrine.engine.diag.TextLocator}. Nodes built by rewriting (macro expansion) keep the offset of the
 * text they replace.
 *
 * <p>Java 17 has no exhaustive pattern switch, so consumers dispatch with {@code instanceof}; the set of nodes is
 * closed ({@code sealed}) and will only ever grow additively.
 */
public sealed interface Expr permits And, Or, Not, MacroRef, UnaryCheck, BinaryCheck {

    /** Index in the condition text where this expression starts (0-based, in UTF-16 chars). */
    int offset();
}
