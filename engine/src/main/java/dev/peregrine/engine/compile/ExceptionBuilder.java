package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.And;
import dev.peregrine.engine.condition.BinaryCheck;
import dev.peregrine.engine.condition.ConditionSyntaxException;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.FieldExpr;
import dev.peregrine.engine.condition.ListRef;
import dev.peregrine.engine.condition.ListValue;
import dev.peregrine.engine.condition.Not;
import dev.peregrine.engine.condition.Operand;
import dev.peregrine.engine.condition.Or;
import dev.peregrine.engine.condition.Parser;
import dev.peregrine.engine.condition.UnaryCheck;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.rules.ExceptionSpec;
import dev.peregrine.engine.rules.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a rule's {@code exceptions} into condition nodes as Falco does:
 * {@code cond and not ((f1 c1 v1 and f2 c2 v2) or (...))} per exception, or {@code cond and not f in (v1, v2)}
 * for the single-field form. Values are literals (Falco quotes them), except that after {@code in},
 * {@code intersects} or {@code pmatch} a value naming a list is that list, and a value written {@code (a, b)} is a
 * list. Built nodes point at the exception spec (fields, operators) and at each value's own text.
 */
final class ExceptionBuilder {

    private static final Set<String> LIST_OPS = Set.of("in", "intersects", "pmatch");
    private static final String PROBE = "a.a in ";

    private final ListTable lists;
    private final Origins origins;

    ExceptionBuilder(ListTable lists, Origins origins) {
        this.lists = lists;
        this.origins = origins;
    }

    Expr apply(Expr condition, List<ExceptionSpec> exceptions) {
        List<Expr> parts = new ArrayList<>();
        parts.add(condition);
        for (ExceptionSpec ex : exceptions) {
            if (!ex.values().isEmpty()) {
                parts.add(new Not(condition.offset(), build(ex)));
            }
        }
        return parts.size() == 1 ? condition : new And(condition.offset(), parts);
    }

    private Expr build(ExceptionSpec ex) {
        Text at = new Text(ex.name(), offset -> ex.position());
        if (ex.singleField()) {
            List<Operand> items = new ArrayList<>();
            for (List<Text> row : ex.values()) {
                for (Text value : row) {
                    items.add(listItem(value));
                }
            }
            return check(ex, at, 0, new ListValue(0, items));
        }
        List<Expr> rows = new ArrayList<>();
        for (List<Text> row : ex.values()) {
            List<Expr> checks = new ArrayList<>();
            for (int i = 0; i < ex.fields().size() && i < row.size(); i++) {
                checks.add(check(ex, at, i, operand(ex.comps().get(i), row.get(i))));
            }
            rows.add(checks.size() == 1 ? checks.get(0) : new And(0, checks));
        }
        return rows.size() == 1 ? rows.get(0) : new Or(0, rows);
    }

    private Expr check(ExceptionSpec ex, Text at, int i, Operand operand) {
        BinaryCheck check = new BinaryCheck(0, field(ex, i), ex.comps().get(i), 0, operand);
        origins.put(check, at);
        return check;
    }

    private FieldExpr field(ExceptionSpec ex, int i) {
        String name = ex.fields().get(i);
        try {
            Expr parsed = Parser.parse(name + " exists");
            if (parsed instanceof UnaryCheck u) {
                return u.field();
            }
        } catch (ConditionSyntaxException e) {
            // reported below
        }
        throw new CheckFailure(ex.position(), "exception '" + ex.name() + "': '" + name + "' is not a field");
    }

    private Operand operand(String comp, Text value) {
        String v = value.value().trim();
        if (v.startsWith("(")) {
            return parsedList(value);
        }
        if (LIST_OPS.contains(comp)) {
            return new ListValue(0, List.of(listItem(value)));
        }
        return literal(value);
    }

    private Operand listItem(Text value) {
        String v = value.value().trim();
        if (Literals.isIdentifier(v) && lists.contains(v)) {
            ListRef ref = new ListRef(0, v);
            origins.put(ref, value);
            return ref;
        }
        return literal(value);
    }

    private Operand literal(Text value) {
        Value literal = new Value(0, Literals.value(value.value()), true);
        origins.put(literal, value);
        return literal;
    }

    /** A value written as a list, {@code (a, "b c", list_name)}: parsed with the condition grammar. */
    private Operand parsedList(Text value) {
        Text shifted = new Text(PROBE + value.value(), off -> value.locate(Math.max(0, off - PROBE.length())));
        try {
            Expr parsed = Parser.parse(shifted.value());
            if (parsed instanceof BinaryCheck b && b.value() instanceof ListValue list) {
                origins.put(list, shifted);
                for (Operand item : list.items()) {
                    origins.put(item, shifted);
                }
                return list;
            }
        } catch (ConditionSyntaxException e) {
            throw new CheckFailure(shifted.locate(e.offset()), "invalid exception value: " + e.getMessage());
        }
        throw new CheckFailure(value.start(), "invalid exception value '" + value.value() + "'");
    }
}
