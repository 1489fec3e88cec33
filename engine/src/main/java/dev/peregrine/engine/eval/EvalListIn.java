package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

import java.util.Collection;
import java.util.List;

/**
 * {@code in} and {@code intersects} on a multi-valued field, as libsinsp defines them: {@code in} holds when every
 * value of the field is in the set, {@code intersects} when at least one is.
 */
public final class EvalListIn extends EvalNode {

    private final ListValue value;
    private final StringSet set;
    private final boolean all;

    private EvalListIn(ListValue value, Collection<String> set, boolean all) {
        this.value = value;
        this.set = new StringSet(set);
        this.all = all;
    }

    public static EvalListIn in(ListValue value, Collection<String> set) {
        return new EvalListIn(value, set, true);
    }

    public static EvalListIn intersects(ListValue value, Collection<String> set) {
        return new EvalListIn(value, set, false);
    }

    @Override
    public boolean test(Event event) {
        List<String> values = value.values(event);
        if (values == null) {
            return false;
        }
        for (int i = 0, n = values.size(); i < n; i++) {
            boolean member = set.contains(values.get(i));
            if (member != all) {
                return !all;
            }
        }
        return all;
    }
}
