package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.BinaryCheck;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.ListModifier;
import dev.peregrine.engine.condition.UnaryCheck;
import dev.peregrine.engine.condition.ValField;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.eval.EvalCompareFields;
import dev.peregrine.engine.eval.EvalConst;
import dev.peregrine.engine.eval.EvalExists;
import dev.peregrine.engine.eval.EvalField;
import dev.peregrine.engine.eval.EvalFieldEquals;
import dev.peregrine.engine.eval.EvalFieldIn;
import dev.peregrine.engine.eval.EvalIp;
import dev.peregrine.engine.eval.EvalListIn;
import dev.peregrine.engine.eval.EvalListMatch;
import dev.peregrine.engine.eval.EvalNode;
import dev.peregrine.engine.eval.EvalNumber;
import dev.peregrine.engine.eval.EvalNumberIn;
import dev.peregrine.engine.eval.EvalText;
import dev.peregrine.engine.eval.IpNetwork;
import dev.peregrine.engine.eval.LongSet;
import dev.peregrine.engine.eval.TextPredicate;
import dev.peregrine.engine.fields.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Type-checks one check ({@code field op value}) and builds its evaluator node. Which operators a field accepts
 * follows libsinsp's comparison functions per type: strings take the string operators, numbers (and booleans,
 * addresses) the comparisons, lists only {@code in}/{@code intersects}/{@code exists} or a list modifier.
 */
final class CheckCompiler {

    private static final Set<String> NUMERIC_OPS = Set.of("=", "!=", "<", "<=", ">", ">=", "in", "intersects");
    private static final Set<String> BOOL_OPS = Set.of("=", "!=", "in", "intersects");
    private static final Set<String> ADDRESS_OPS = Set.of("=", "!=", "in", "intersects");
    private static final Set<String> BYTES_OPS =
            Set.of("=", "!=", "contains", "bcontains", "startswith", "bstartswith", "endswith");

    private final FieldBinding.Scope scope;
    private final Origins origins;

    CheckCompiler(FieldBinding.Scope scope, Origins origins) {
        this.scope = scope;
        this.origins = origins;
    }

    EvalNode compile(Expr leaf) {
        FieldBinding fields = scope.in(origins.of(leaf));
        if (leaf instanceof UnaryCheck u) {
            Bound b = fields.bind(u.field());
            if (b.accessor() != null) {
                return new EvalExists(b.accessor(), b.isNumeric());
            }
            if (b.text() != null) {
                return EvalExists.ofText(b.text());
            }
            return b.listValue() != null ? EvalExists.ofList(b.listValue()) : EvalExists.ofNumber(b.number());
        }
        BinaryCheck check = (BinaryCheck) leaf;
        Bound left = fields.bind(check.field());
        String op = check.op().equals("==") ? "=" : check.op();
        OperandValues values = new OperandValues(check, origins);
        if (check.value() instanceof ValField val) {
            return compareFields(check, op, left, fields.bind(val.field()));
        }
        if (check.modifier() != ListModifier.NONE) {
            return modifier(check, op, left, values);
        }
        if (left.list()) {
            if (op.equals("in")) {
                return EvalListIn.in(left.listValue(), values.texts());
            }
            if (op.equals("intersects")) {
                return EvalListIn.intersects(left.listValue(), values.texts());
            }
            throw unsupported(check, op, left, "; a list field takes in, intersects, exists or anyof/allof/oneof");
        }
        if (left.isNumeric()) {
            return numeric(check, op, left, values);
        }
        if (left.isAddress()) {
            return address(check, op, left, values);
        }
        if (left.type() == FieldType.BYTES && !BYTES_OPS.contains(op)) {
            throw unsupported(check, op, left, "");
        }
        if (left.accessor() != null && left.type() != FieldType.BYTES) {
            // The most frequent string checks get nodes of their own (no predicate call per event).
            if (op.equals("in") || op.equals("intersects")) {
                return new EvalFieldIn(left.accessor(), values.texts());
            }
            if (op.equals("=") || op.equals("!=")) {
                return new EvalFieldEquals(left.accessor(), values.single().text(), op.equals("="));
            }
        }
        return text(left, StringOperators.predicate(check, op, left, values));
    }

    private static EvalNode text(Bound left, TextPredicate predicate) {
        return left.accessor() != null ? new EvalField(left.accessor(), predicate) : new EvalText(left.text(), predicate);
    }

    private EvalNode numeric(BinaryCheck check, String op, Bound left, OperandValues values) {
        if (!(left.type() == FieldType.BOOL ? BOOL_OPS : NUMERIC_OPS).contains(op)) {
            throw unsupported(check, op, left, "");
        }
        if (op.equals("in") || op.equals("intersects")) {
            List<Long> numbers = values.numbers(left);
            return numbers.isEmpty() ? EvalConst.FALSE : new EvalNumberIn(left.number(), new LongSet(numbers));
        }
        return EvalNumber.of(left.number(), op, values.number(values.single(), left));
    }

    private EvalNode address(BinaryCheck check, String op, Bound left, OperandValues values) {
        if (!ADDRESS_OPS.contains(op)) {
            throw unsupported(check, op, left, "");
        }
        List<Value> operands = op.equals("in") || op.equals("intersects") ? values.list() : List.of(values.single());
        List<IpNetwork> networks = new ArrayList<>();
        for (Value v : operands) {
            try {
                networks.add(IpNetwork.parse(v.text().trim()));
            } catch (IllegalArgumentException e) {
                throw new CheckFailure(values.at(v), e.getMessage() + " for " + left.describe());
            }
        }
        return networks.isEmpty() ? EvalConst.FALSE : new EvalIp(left.text(), networks, op.equals("!="));
    }

    private EvalNode modifier(BinaryCheck check, String op, Bound left, OperandValues values) {
        if (!left.list()) {
            throw new CheckFailure(origins.locate(check, check.offset(), check), "'" + check.modifier().keyword()
                    + "' needs a list field; " + left.describe() + " is not a list");
        }
        Bound element = Bound.text(left.display(), null);
        TextPredicate p = StringOperators.predicate(check, op, element, values);
        EvalListMatch.Mode mode = check.modifier() == ListModifier.ANYOF ? EvalListMatch.Mode.ANY
                : check.modifier() == ListModifier.ALLOF ? EvalListMatch.Mode.ALL : EvalListMatch.Mode.ONE;
        return new EvalListMatch(left.listValue(), p, mode);
    }

    private EvalNode compareFields(BinaryCheck check, String op, Bound left, Bound right) {
        if (left.list() || right.list()) {
            throw unsupported(check, op, left, " against another field when either is a list");
        }
        if (left.isNumeric() && right.isNumeric() && Set.of("=", "!=", "<", "<=", ">", ">=").contains(op)) {
            return EvalCompareFields.number(left.number(), right.number(), op);
        }
        if (!left.isNumeric() && !right.isNumeric() && (op.equals("=") || op.equals("!="))) {
            return EvalCompareFields.text(left.text(), right.text(), op.equals("="));
        }
        throw unsupported(check, op, left, " against " + right.describe());
    }

    private CheckFailure unsupported(BinaryCheck check, String op, Bound left, String detail) {
        return new CheckFailure(origins.locate(check, check.opOffset(), check),
                "operator '" + op + "' is not supported for " + left.describe() + detail);
    }
}
