package dev.peregrine.engine.output;

import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.rules.Priority;

import java.util.Arrays;
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
    /** Variants with an {@link OutputAppend}'s text, each used where its condition reads true (first wins). */
    private final AlertTemplate[] variants;
    private final Accessor[] conditions;

    public AlertTemplate(String rule, Priority priority, List<String> tags, OutputFormat format) {
        this(rule, priority, tags, format, new AlertTemplate[0], new Accessor[0]);
    }

    private AlertTemplate(String rule, Priority priority, List<String> tags, OutputFormat format,
                          AlertTemplate[] variants, Accessor[] conditions) {
        this.rule = rule;
        this.priority = priority;
        this.tags = List.copyOf(tags);
        this.sortedTags = List.copyOf(new TreeSet<>(this.tags));
        this.format = format;
        this.variants = variants;
        this.conditions = conditions;
    }

    /** This template, whose alerts use {@code appendedFormat} on the events where {@code when} reads true. */
    public AlertTemplate withAppend(OutputFormat appendedFormat, Accessor when) {
        AlertTemplate[] v = Arrays.copyOf(variants, variants.length + 1);
        Accessor[] c = Arrays.copyOf(conditions, conditions.length + 1);
        v[variants.length] = new AlertTemplate(rule, priority, tags, appendedFormat);
        c[variants.length] = when;
        return new AlertTemplate(rule, priority, tags, format, v, c);
    }

    /** The template for {@code event}: the first variant whose condition holds, else this one. */
    public AlertTemplate forEvent(Event event) {
        for (int i = 0; i < variants.length; i++) {
            if (conditions[i].number(event) == 1) {
                return variants[i];
            }
        }
        return this;
    }

    /** A self-contained alert for {@code event}, which any code may keep (tools and tests; not the hot path). */
    public Alert alert(Event event, String hostname) {
        AlertSlot slot = new AlertSlot();
        Alert lent = slot.lend(forEvent(event), event, hostname);
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
