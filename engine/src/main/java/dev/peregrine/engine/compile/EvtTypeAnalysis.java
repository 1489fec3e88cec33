package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.And;
import dev.peregrine.engine.condition.BinaryCheck;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.FieldRef;
import dev.peregrine.engine.condition.ListModifier;
import dev.peregrine.engine.condition.ListRef;
import dev.peregrine.engine.condition.ListValue;
import dev.peregrine.engine.condition.Not;
import dev.peregrine.engine.condition.Operand;
import dev.peregrine.engine.condition.Or;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.event.Sources;

import java.util.HashSet;
import java.util.Set;

/**
 * Which event types an expanded condition can match (Falco's filter_evttype_resolver): {@code evt.type = x} and
 * {@code evt.type in (...)} give sets, {@code !=} their complement; {@code and} intersects, {@code or} unites,
 * {@code not} complements exact sets only; any other check leaves the type open. For the {@code jvm} source the
 * type of an event is its {@code jvm.op}, so checks on {@code jvm.op} count too.
 */
final class EvtTypeAnalysis {

    private EvtTypeAnalysis() {
    }

    static EvtTypes of(Expr e, String source) {
        if (e instanceof And and) {
            EvtTypes t = null;
            for (Expr child : and.children()) {
                EvtTypes c = of(child, source);
                t = t == null ? c : t.and(c);
            }
            return t;
        }
        if (e instanceof Or or) {
            EvtTypes t = null;
            for (Expr child : or.children()) {
                EvtTypes c = of(child, source);
                t = t == null ? c : t.or(c);
            }
            return t;
        }
        if (e instanceof Not not) {
            return of(not.child(), source).not();
        }
        if (e instanceof BinaryCheck check && check.modifier() == ListModifier.NONE
                && check.field() instanceof FieldRef ref && !ref.hasArg() && isTypeField(ref.name(), source)) {
            return check(check);
        }
        return EvtTypes.ALL;
    }

    private static boolean isTypeField(String name, String source) {
        return name.equals("evt.type") || (Sources.JVM.equals(source) && name.equals("jvm.op"));
    }

    private static EvtTypes check(BinaryCheck check) {
        Operand v = check.value();
        switch (check.op()) {
            case "=":
            case "==":
                return v instanceof Value value ? EvtTypes.only(Set.of(value.text())) : EvtTypes.ALL;
            case "!=":
                return v instanceof Value value ? EvtTypes.except(Set.of(value.text())) : EvtTypes.ALL;
            case "in":
            case "intersects":
                if (v instanceof ListValue list) {
                    Set<String> types = new HashSet<>();
                    for (Operand item : list.items()) {
                        // After expansion items are values; an unexpanded bare name is read as the literal.
                        if (item instanceof Value value) {
                            types.add(value.text());
                        } else if (item instanceof ListRef ref) {
                            types.add(ref.name());
                        } else {
                            return EvtTypes.ALL;
                        }
                    }
                    return EvtTypes.only(types);
                }
                return EvtTypes.ALL;
            default:
                return EvtTypes.ALL;
        }
    }
}
