package dev.peregrine.engine.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of one source, indexed by event type (Falco's evttype_index_ruleset): for each type some rule names,
 * the rules that can match it, in file order; for any other type, the rules whose condition leaves the type open.
 * Lookup is one hash probe on the event's type string (whose hash code Java caches), allocation-free.
 *
 * <p>Each bucket holds its own copy of a rule, compiled for that bucket by {@link TypeSpecializer}: the evt.type
 * checks the bucket already answers are folded away. {@link #all} keeps the general rules (for the naive baseline).
 */
final class SourceIndex {

    private static final CompiledRule[] NONE = new CompiledRule[0];

    private final Map<String, CompiledRule[]> byType = new HashMap<>();
    private final CompiledRule[] otherTypes;
    private final CompiledRule[] all;

    /** @param rules enabled rules of this source in file order, with the types each can match */
    SourceIndex(List<CompiledRule> rules, Map<CompiledRule, EvtTypes> types,
                Map<CompiledRule, TypeSpecializer> specializers) {
        Set<String> named = new TreeSet<>();
        for (CompiledRule r : rules) {
            named.addAll(types.get(r).types);
        }
        for (String type : named) {
            List<CompiledRule> matching = new ArrayList<>();
            for (CompiledRule r : rules) {
                if (types.get(r).matches(type)) {
                    matching.add(specialize(r, specializers.get(r), type));
                }
            }
            byType.put(type, matching.toArray(NONE));
        }
        List<CompiledRule> open = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (!types.get(r).include) {
                open.add(specialize(r, specializers.get(r), null));
            }
        }
        otherTypes = open.toArray(NONE);
        all = rules.toArray(NONE);
    }

    /** The rule with its condition compiled for events of {@code type} (null: a type no rule names). */
    private static CompiledRule specialize(CompiledRule r, TypeSpecializer specializer, String type) {
        if (specializer == null || !specializer.hasTypeChecks()) {
            return r;
        }
        return new CompiledRule(r.name(), r.priority(), r.source(), r.tags(), specializer.forType(type), r.output(),
                r.expanded(), r.order(), r.enabled(), r.alerts());
    }

    CompiledRule[] candidates(String type) {
        CompiledRule[] r = byType.get(type);
        return r != null ? r : otherTypes;
    }

    /** Every rule, for the unindexed baseline the benchmark compares against. */
    CompiledRule[] all() {
        return all;
    }
}
