package dev.peregrine.engine.eval;

import dev.peregrine.engine.event.Event;

/**
 * One node of a compiled condition. Nodes are immutable and shared by every thread that evaluates rules; each one
 * knows how to evaluate itself (no interpreter switch over an AST, no name lookups), as CEL's planner builds them.
 *
 * <p>An abstract class rather than an interface, on purpose: every node calls its children through this type, and
 * those calls are megamorphic (a rule tree mixes a dozen node classes). HotSpot dispatches a megamorphic virtual
 * call through the vtable at a fixed offset, but an interface call through an itable search; over the thirty-odd
 * calls an event costs, that difference is measurable (see docs/benchmarks.md). Subclasses override {@link #test}
 * directly, with no further abstract step inside, so the node call stays the only dispatch.
 */
public abstract class EvalNode {

    /** True when the event satisfies this node. Must not allocate for events that do not match. */
    public abstract boolean test(Event event);
}
