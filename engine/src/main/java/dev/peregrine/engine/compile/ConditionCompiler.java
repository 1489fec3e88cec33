package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.And;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.Not;
import dev.peregrine.engine.condition.Or;
import dev.peregrine.engine.eval.EvalAnd;
import dev.peregrine.engine.eval.EvalConst;
import dev.peregrine.engine.eval.EvalNode;
import dev.peregrine.engine.eval.EvalNot;
import dev.peregrine.engine.eval.EvalOr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The planner: walks an expanded condition and builds the evaluator tree (cel-java's planner). Boolean structure
 * maps one to one ({@code and} keeps the author's order, which matters for cost); checks go to
 * {@link CheckCompiler}. The tree holds no reference to the AST.
 *
 * <p>{@code known} may answer some checks in advance (the evt.type checks of a rule compiled for one index bucket,
 * see {@link TypeSpecializer}): those become constants and are folded away ({@code true and x} is {@code x},
 * {@code false and x} is {@code false}), so evaluation never repeats work the index has done. Folding is exact:
 * conditions have no side effects, so dropping a check whose answer is known changes no result.
 */
final class ConditionCompiler {

    private static final Function<Expr, Boolean> NOTHING_KNOWN = e -> null;

    private final CheckCompiler checks;
    private final Function<Expr, Boolean> known;

    ConditionCompiler(CheckCompiler checks) {
        this(checks, NOTHING_KNOWN);
    }

    /** @param known for a check, its answer when fixed in advance, else null */
    ConditionCompiler(CheckCompiler checks, Function<Expr, Boolean> known) {
        this.checks = checks;
        this.known = known;
    }

    EvalNode compile(Expr e) {
        if (e instanceof And) {
            return junction(flatten(e, And.class, new ArrayList<>()), true);
        }
        if (e instanceof Or) {
            return junction(flatten(e, Or.class, new ArrayList<>()), false);
        }
        if (e instanceof Not not) {
            EvalNode child = compile(not.child());
            return child instanceof EvalConst c ? constant(c == EvalConst.FALSE) : new EvalNot(child);
        }
        Boolean answer = known.apply(e);
        return answer != null ? constant(answer) : checks.compile(e);
    }

    /**
     * An {@code and} ({@code isAnd}) or {@code or}: a child equal to the neutral constant is dropped, one equal to
     * the absorbing constant decides the whole junction.
     */
    private EvalNode junction(List<Expr> children, boolean isAnd) {
        List<EvalNode> out = new ArrayList<>(children.size());
        for (Expr child : children) {
            EvalNode node = compile(child);
            if (node instanceof EvalConst c) {
                if ((c == EvalConst.TRUE) != isAnd) {
                    return c;
                }
            } else {
                out.add(node);
            }
        }
        if (out.isEmpty()) {
            return constant(isAnd);
        }
        if (out.size() == 1) {
            return out.get(0);
        }
        return isAnd ? new EvalAnd(out) : new EvalOr(out);
    }

    private static EvalConst constant(boolean value) {
        return value ? EvalConst.TRUE : EvalConst.FALSE;
    }

    /** {@code (a and (b and c))} from macro expansion becomes one three-way node: fewer calls per event. */
    private static List<Expr> flatten(Expr e, Class<? extends Expr> kind, List<Expr> out) {
        List<Expr> children = e instanceof And and ? and.children() : ((Or) e).children();
        for (Expr child : children) {
            if (kind.isInstance(child)) {
                flatten(child, kind, out);
            } else {
                out.add(child);
            }
        }
        return out;
    }
}
