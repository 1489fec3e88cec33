package dev.peregrine.agent.embedded;

import dev.peregrine.agent.capture.FileFilter;
import dev.peregrine.agent.capture.Interest;
import dev.peregrine.agent.capture.JvmOp;
import dev.peregrine.engine.compile.CompiledRule;
import dev.peregrine.engine.compile.CompiledRuleset;
import dev.peregrine.engine.condition.And;
import dev.peregrine.engine.condition.BinaryCheck;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.FieldRef;
import dev.peregrine.engine.condition.ListModifier;
import dev.peregrine.engine.condition.ListValue;
import dev.peregrine.engine.condition.Operand;
import dev.peregrine.engine.condition.Or;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.event.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the loaded rules can match, worked out from their expanded conditions once at start-up, so that the
 * application thread skips, before building anything, the operations no rule can alert on.
 *
 * <p>Per operation: no candidate rule (the engine's {@code jvm.op} index) means the operation is not recorded. For
 * file operations each candidate rule gives a {@link FileFilter} that every event it matches passes (a necessary
 * condition, never a sufficient one): checks on {@code jvm.file.path} with {@code =}, {@code in},
 * {@code startswith}, {@code endswith}, {@code contains}, {@code pmatch} and the literal head of a {@code glob},
 * and (opens only) {@code jvm.file.write = true|false}; {@code and} keeps its understood operands, {@code or}
 * unites them, anything else ({@code not}, other fields, other operators, transformers) passes everything. The
 * union over the rules is the filter. Passing too much is safe (the engine still decides); dropping an event a rule
 * could match is not, so whatever is not understood passes.
 */
final class RuleInterest {

    private static final String PATH = "jvm.file.path";
    private static final String WRITE = "jvm.file.write";

    private RuleInterest() {
    }

    static Interest of(CompiledRuleset ruleset) {
        FileFilter[] byOp = new FileFilter[JvmOp.values().length];
        for (JvmOp op : JvmOp.values()) {
            CompiledRule[] rules = ruleset.candidates(Sources.JVM, op.id(), true);
            if (rules.length == 0) {
                continue;
            }
            if (op != JvmOp.FILE_OPEN && op != JvmOp.FILE_DELETE && op != JvmOp.FILE_RENAME) {
                byOp[op.ordinal()] = FileFilter.ANY;
                continue;
            }
            FileFilter f = null;
            for (CompiledRule rule : rules) {
                FileFilter needed = needed(rule.expanded(), op == JvmOp.FILE_OPEN);
                f = f == null ? needed : f.or(needed);
            }
            byOp[op.ordinal()] = f;
        }
        return Interest.of(byOp);
    }

    /** A filter every operation satisfying {@code e} passes; {@code open}: the write flag is defined. */
    static FileFilter needed(Expr e, boolean open) {
        if (e instanceof And and) {
            List<FileFilter> all = new ArrayList<>();
            for (Expr child : and.children()) {
                FileFilter f = needed(child, open);
                if (!f.isAny()) {
                    all.add(f);
                }
            }
            return all.isEmpty() ? FileFilter.ANY : FileFilter.allOf(all);
        }
        if (e instanceof Or or) {
            FileFilter any = null;
            for (Expr child : or.children()) {
                FileFilter f = needed(child, open);
                any = any == null ? f : any.or(f);
            }
            return any;
        }
        if (e instanceof BinaryCheck check && check.modifier() == ListModifier.NONE
                && check.field() instanceof FieldRef ref && !ref.hasArg()) {
            if (ref.name().equals(PATH)) {
                return path(check.op(), check.value());
            }
            if (open && ref.name().equals(WRITE) && check.value() instanceof Value v) {
                return write(check.op(), v.text());
            }
        }
        return FileFilter.ANY;
    }

    private static FileFilter write(String op, String value) {
        boolean isTrue = value.equalsIgnoreCase("true");
        if (!isTrue && !value.equalsIgnoreCase("false")) {
            return FileFilter.ANY;
        }
        switch (op) {
            case "=":
            case "==":
                return FileFilter.writing(isTrue);
            case "!=":
                return FileFilter.writing(!isTrue);
            default:
                return FileFilter.ANY;
        }
    }

    private static FileFilter path(String op, Operand value) {
        List<String> texts = texts(value);
        if (texts == null) {
            return FileFilter.ANY;
        }
        switch (op) {
            case "=":
            case "==":
                return value instanceof Value ? FileFilter.exact(Set.copyOf(texts)) : FileFilter.ANY;
            case "in":
                return FileFilter.exact(Set.copyOf(texts));
            case "startswith":
            case "pmatch": // the path itself or anything under it: a prefix covers both
                return FileFilter.under(texts);
            case "endswith":
                return FileFilter.endingWith(texts);
            case "contains":
                return FileFilter.containing(texts);
            case "glob":
                return value instanceof Value v ? glob(v.text()) : FileFilter.ANY;
            default:
                return FileFilter.ANY;
        }
    }

    /** A glob matches only paths that start with its text before the first wildcard. */
    private static FileFilter glob(String pattern) {
        int wildcard = 0;
        while (wildcard < pattern.length() && "*?[\\".indexOf(pattern.charAt(wildcard)) < 0) {
            wildcard++;
        }
        if (wildcard == pattern.length()) {
            return FileFilter.exact(Set.of(pattern));
        }
        return wildcard == 0 ? FileFilter.ANY : FileFilter.under(List.of(pattern.substring(0, wildcard)));
    }

    /** The literal texts of a value or list of values; null when an item is not a literal. */
    private static List<String> texts(Operand value) {
        if (value instanceof Value v) {
            return List.of(v.text());
        }
        if (!(value instanceof ListValue list)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Operand item : list.items()) {
            if (!(item instanceof Value v)) {
                return null;
            }
            texts.add(v.text());
        }
        return texts;
    }
}
