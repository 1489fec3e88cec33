package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.And;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.Not;
import dev.peregrine.engine.condition.Or;
import dev.peregrine.engine.eval.EvalNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one rule's condition for the events of one index bucket. The index hands a rule only events of the
 * bucket's type, so every {@code evt.type} check in it (most come from macros such as {@code open_read}, repeated
 * in every rule) has a known answer there: {@link ConditionCompiler} folds it to a constant and the tree shrinks,
 * often to the first real field check. This is exactly as safe as the index itself, which already trusts
 * {@code event.type()} to be the {@code evt.type} value. Buckets whose checks all answer alike share one tree.
 */
final class TypeSpecializer {

    private final Expr expanded;
    private final String source;
    private final CheckCompiler checks;
    private final List<EvtTypes> typeChecks = new ArrayList<>();
    private final Map<String, EvalNode> byOutcome = new HashMap<>();

    TypeSpecializer(Expr expanded, String source, CheckCompiler checks) {
        this.expanded = expanded;
        this.source = source;
        this.checks = checks;
        collect(expanded);
    }

    /** The condition for events of {@code type}; {@code null} means a type no rule of the source names. */
    EvalNode forType(String type) {
        StringBuilder outcome = new StringBuilder();
        for (EvtTypes t : typeChecks) {
            outcome.append(answer(t, type) ? '1' : '0');
        }
        return byOutcome.computeIfAbsent(outcome.toString(),
                k -> new ConditionCompiler(checks, leaf -> known(leaf, type)).compile(expanded));
    }

    /** Whether the rule has any evt.type check to fold (if not, the general tree is already the best one). */
    boolean hasTypeChecks() {
        return !typeChecks.isEmpty();
    }

    private Boolean known(Expr leaf, String type) {
        EvtTypes t = EvtTypeAnalysis.of(leaf, source);
        return t.exact ? answer(t, type) : null;
    }

    /** An unnamed type is in no rule's list, so it is only ever matched by an exclusion ({@code !=}). */
    private static boolean answer(EvtTypes t, String type) {
        return type == null ? !t.include : t.matches(type);
    }

    private void collect(Expr e) {
        if (e instanceof And and) {
            and.children().forEach(this::collect);
        } else if (e instanceof Or or) {
            or.children().forEach(this::collect);
        } else if (e instanceof Not not) {
            collect(not.child());
        } else {
            EvtTypes t = EvtTypeAnalysis.of(e, source);
            if (t.exact) {
                typeChecks.add(t);
            }
        }
    }
}
