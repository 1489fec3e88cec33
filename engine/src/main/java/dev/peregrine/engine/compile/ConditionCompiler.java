package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.And;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.Not;
import dev.peregrine.engine.condition.Or;
import dev.peregrine.engine.eval.EvalAnd;
import dev.peregrine.engine.eval.EvalNode;
import dev.peregrine.engine.eval.EvalNot;
import dev.peregrine.engine.eval.EvalOr;

import java.util.ArrayList;
import java.util.List;

/**
 * The planner: walks an expanded condition and builds the evaluator tree (cel-java's planner). Boolean structure
 * maps one to one ({@code and} keeps the author's order, which matters for cost); checks go to
 * {@link CheckCompiler}. The tree holds no reference to the AST.
 */
final class ConditionCompiler {

    private final CheckCompiler checks;

    ConditionCompiler(CheckCompiler checks) {
        this.checks = checks;
    }

    EvalNode compile(Expr e) {
        if (e instanceof And) {
            return new EvalAnd(compileAll(flatten(e, And.class, new ArrayList<>())));
        }
        if (e instanceof Or) {
            return new EvalOr(compileAll(flatten(e, Or.class, new ArrayList<>())));
        }
        if (e instanceof Not not) {
            return new EvalNot(compile(not.child()));
        }
        return checks.compile(e);
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

    private List<EvalNode> compileAll(List<Expr> children) {
        List<EvalNode> out = new ArrayList<>(children.size());
        for (Expr child : children) {
            out.add(compile(child));
        }
        return out;
    }
}
