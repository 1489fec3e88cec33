package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.eval.EvalNode;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.AlertTemplate;
import dev.peregrine.engine.output.OutputFormat;
import dev.peregrine.engine.rules.Priority;

import java.util.List;

/**
 * A rule ready to run: its evaluator tree, its compiled output, and what the index needs. {@code expanded} is the
 * condition after macro, list and exception expansion (printed by tools and golden tests); {@code order} is the
 * position in the rules files, which {@code rule_matching: first} follows. {@code alerts} holds what every alert
 * of the rule shares, prepared once; the index's per-type copies of a rule share it.
 */
public record CompiledRule(String name, Priority priority, String source, List<String> tags, EvalNode condition,
                           OutputFormat output, Expr expanded, int order, boolean enabled, AlertTemplate alerts) {

    public CompiledRule {
        tags = List.copyOf(tags);
    }

    public boolean matches(Event event) {
        return condition.test(event);
    }

    /** A self-contained alert for {@code event} (tools, tests); the engine lends reused alerts instead. */
    public Alert alert(Event event, String hostname) {
        return alerts.alert(event, hostname);
    }
}
