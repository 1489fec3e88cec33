package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/**
 * One node of a compiled condition. Nodes are immutable and shared by every thread that evaluates rules; each one
 * knows how to evaluate itself (no interpreter switch over an AST, no name lookups), as CEL's planner builds them.
 */
@FunctionalInterface
public interface EvalNode {

    /** True when the event satisfies this node. Must not allocate for events that do not match. */
    boolean test(Event event);
}
