package dev.peregrine.engine.compile;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of event types, possibly infinite: {@code include} = exactly these types, otherwise every type except
 * {@code types} ({@link #ALL} excludes nothing). {@code exact} means "the expression is true exactly for events of
 * these types", which only a pure {@code evt.type} check (and and/or/not of such checks) can say; inexact sets are
 * supersets, which is what the index needs: it may offer a rule an event it will reject, never hide one it would
 * accept. Falco's evttype resolver works the same way.
 */
final class EvtTypes {

    static final EvtTypes ALL = new EvtTypes(false, Set.of(), false);

    final boolean include;
    final Set<String> types;
    final boolean exact;

    private EvtTypes(boolean include, Set<String> types, boolean exact) {
        this.include = include;
        this.types = Set.copyOf(types);
        this.exact = exact;
    }

    static EvtTypes only(Set<String> types) {
        return new EvtTypes(true, types, true);
    }

    static EvtTypes except(Set<String> types) {
        return new EvtTypes(false, types, true);
    }

    boolean isAll() {
        return !include && types.isEmpty();
    }

    boolean matches(String type) {
        return include == types.contains(type);
    }

    EvtTypes and(EvtTypes o) {
        boolean ex = exact && o.exact;
        if (include && o.include) {
            return new EvtTypes(true, intersect(types, o.types), ex);
        }
        if (include) {
            return new EvtTypes(true, minus(types, o.types), ex);
        }
        if (o.include) {
            return new EvtTypes(true, minus(o.types, types), ex);
        }
        return new EvtTypes(false, union(types, o.types), ex);
    }

    EvtTypes or(EvtTypes o) {
        boolean ex = exact && o.exact;
        if (include && o.include) {
            return new EvtTypes(true, union(types, o.types), ex);
        }
        if (include) {
            return new EvtTypes(false, minus(o.types, types), ex);
        }
        if (o.include) {
            return new EvtTypes(false, minus(types, o.types), ex);
        }
        return new EvtTypes(false, intersect(types, o.types), ex);
    }

    /** The complement, only when exact: {@code not proc.name = x} may still hold for any type. */
    EvtTypes not() {
        return exact ? new EvtTypes(!include, types, true) : ALL;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.retainAll(b);
        return s;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.removeAll(b);
        return s;
    }

    @Override
    public String toString() {
        return (include ? "only " : "all except ") + new java.util.TreeSet<>(types) + (exact ? "" : " (approx.)");
    }
}
