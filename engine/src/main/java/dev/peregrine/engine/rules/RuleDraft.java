package dev.peregrine.engine.rules;

import dev.peregrine.engine.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A rule while files are still being merged. Tags are a sorted set, as in Falco (its rule_info keeps a
 * {@code std::set}), so alerts list them in the same order Falco prints.
 */
final class RuleDraft {

    final String name;
    final String source;
    final SourcePosition position;
    Text condition;
    String output;
    String desc;
    Priority priority;
    boolean enabled = true;
    boolean warnEvttypes = true;
    boolean skipIfUnknownFilter;
    TreeSet<String> tags = new TreeSet<>();
    List<ExceptionSpec> exceptions = new ArrayList<>();

    RuleDraft(String name, String source, SourcePosition position) {
        this.name = name;
        this.source = source;
        this.position = position;
    }

    RuleDraft copy() {
        RuleDraft c = new RuleDraft(name, source, position);
        c.condition = condition;
        c.output = output;
        c.desc = desc;
        c.priority = priority;
        c.enabled = enabled;
        c.warnEvttypes = warnEvttypes;
        c.skipIfUnknownFilter = skipIfUnknownFilter;
        c.tags = new TreeSet<>(tags);
        c.exceptions = new ArrayList<>(exceptions);
        return c;
    }

    /** Falco joins appended condition, output and desc with one space; exceptions merge by name. */
    void append(RuleUpdate u) {
        if (u.condition() != null && !u.condition().value().isEmpty()) {
            condition = condition.append(" ", u.condition());
        }
        if (u.output() != null && !u.output().isEmpty()) {
            output = output + " " + u.output();
        }
        if (u.desc() != null && !u.desc().isEmpty()) {
            desc = desc + " " + u.desc();
        }
        if (u.tags() != null) {
            tags.addAll(u.tags());
        }
        if (u.exceptions() != null) {
            for (ExceptionDraft d : u.exceptions()) {
                appendException(d);
            }
        }
    }

    private void appendException(ExceptionDraft d) {
        for (int i = 0; i < exceptions.size(); i++) {
            if (exceptions.get(i).name().equals(d.name())) {
                exceptions.set(i, ExceptionChecks.appendValues(exceptions.get(i), d));
                return;
            }
        }
        if (d.rows() == null || d.rows().isEmpty()) {
            throw new LoadError(d.position(), "new " + d.label() + " must have 'values'");
        }
        exceptions.add(ExceptionChecks.define(d));
    }

    void replace(RuleUpdate u) {
        if (u.condition() != null) {
            condition = u.condition();
        }
        if (u.output() != null) {
            output = u.output();
        }
        if (u.desc() != null) {
            desc = u.desc();
        }
        if (u.tags() != null) {
            tags = new TreeSet<>(u.tags());
        }
        if (u.exceptions() != null) {
            exceptions = defineAll(u.exceptions());
        }
        if (u.priority() != null) {
            priority = u.priority();
        }
        if (u.enabled() != null) {
            enabled = u.enabled();
        }
        if (u.warnEvttypes() != null) {
            warnEvttypes = u.warnEvttypes();
        }
        if (u.skipIfUnknownFilter() != null) {
            skipIfUnknownFilter = u.skipIfUnknownFilter();
        }
    }

    static List<ExceptionSpec> defineAll(List<ExceptionDraft> drafts) {
        List<ExceptionSpec> result = new ArrayList<>();
        for (ExceptionDraft d : drafts) {
            result.add(ExceptionChecks.define(d));
        }
        return result;
    }

    RuleSpec toSpec() {
        return new RuleSpec(name, condition, output, desc, priority, source, enabled, List.copyOf(tags), exceptions,
                warnEvttypes, skipIfUnknownFilter, position);
    }
}
