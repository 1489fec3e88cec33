package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.rules.Priority;

import java.util.List;
import java.util.TreeSet;

/**
 * What every alert of one rule shares, prepared once when the rules load: the rule's name, priority, tags (also
 * sorted and unique, as Falco's JSON writes them) and compiled output. An alert adds only the event's values.
 */
public final class AlertTemplate {

    final String rule;
    final Priority priority;
    final List<String> tags;
    final List<String> sortedTags;
    final OutputFormat format;

    public AlertTemplate(String rule, Priority priority, List<String> tags, OutputFormat format) {
        this.rule = rule;
        this.priority = priority;
        this.tags = List.copyOf(tags);
        this.sortedTags = List.copyOf(new TreeSet<>(this.tags));
        this.format = format;
    }

    /** A self-contained alert for {@code event}, which any code may keep (tools and tests; not the hot path). */
    public Alert alert(Event event, String hostname) {
        AlertSlot slot = new AlertSlot();
        Alert lent = slot.lend(this, event, hostname);
        try {
            return lent.copy();
        } finally {
            slot.release();
        }
    }

    public OutputFormat format() {
        return format;
    }
}
