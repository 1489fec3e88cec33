package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.BinaryCheck;
import dev.peregrine.engine.condition.ListValue;
import dev.peregrine.engine.condition.Operand;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The right side of a check as the operator needs it: one value, or the (already flattened) list of values, with
 * numbers, booleans and addresses parsed for the field's type. Errors point at the offending value.
 */
final class OperandValues {

    private final BinaryCheck check;
    private final Origins origins;

    OperandValues(BinaryCheck check, Origins origins) {
        this.check = check;
        this.origins = origins;
    }

    SourcePosition at(Operand node) {
        return origins.locate(node, node.offset(), check);
    }

    SourcePosition atOperator() {
        return origins.locate(check, check.opOffset(), check);
    }

    /** The single literal operand; lists are refused for single-value operators. */
    Value single() {
        if (check.value() instanceof Value v) {
            return v;
        }
        throw new CheckFailure(at(check.value()), "operator '" + check.op() + "' needs a single value, not a list");
    }

    /** The list operand's values; {@code in}, {@code intersects} and {@code pmatch} need a list. */
    List<Value> list() {
        if (check.value() instanceof ListValue list) {
            List<Value> out = new ArrayList<>();
            for (Operand item : list.items()) {
                out.add((Value) item); // the expander flattened nested lists and list references
            }
            return out;
        }
        throw new CheckFailure(at(check.value()), "operator '" + check.op() + "' needs a list, e.g. (a, b)");
    }

    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Value v : list()) {
            out.add(v.text());
        }
        return out;
    }

    long number(Value v, Bound field) {
        String s = v.text().trim();
        if (field.type() == dev.peregrine.engine.fields.FieldType.BOOL) {
            String b = s.toLowerCase(Locale.ROOT);
            if (b.equals("true") || b.equals("1")) {
                return 1;
            }
            if (b.equals("false") || b.equals("0")) {
                return 0;
            }
            throw new CheckFailure(at(v), "'" + v.text() + "' is not a boolean (true or false) for " + field.describe());
        }
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return Long.parseUnsignedLong(s.substring(2), 16);
            }
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw new CheckFailure(at(v), "'" + v.text() + "' is not a number; " + field.describe()
                    + " is compared with numbers");
        }
    }

    List<Long> numbers(Bound field) {
        List<Long> out = new ArrayList<>();
        for (Value v : list()) {
            out.add(number(v, field));
        }
        return out;
    }
}
