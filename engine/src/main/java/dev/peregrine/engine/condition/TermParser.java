package dev.peregrine.engine.condition;

import java.util.ArrayList;
import java.util.List;

/**
 * The lower half of the recursive descent: fields, transformers and operands (the productions from {@code Field}
 * down in {@link Parser}'s grammar). Also owns the nesting-depth guard, shared with {@link Parser}, because every
 * kind of parenthesis counts towards the limit.
 */
final class TermParser {

    private final Scanner in;
    private int depth;

    TermParser(Scanner in) {
        this.in = in;
    }

    /** Enters one nesting level opened at {@code offset}; refuses to go past {@link Parser#MAX_DEPTH}. */
    void enter(int offset) throws ConditionSyntaxException {
        if (++depth > Parser.MAX_DEPTH) {
            throw new ConditionSyntaxException(
                    "nesting too deep (more than " + Parser.MAX_DEPTH + " levels)", offset);
        }
    }

    void leave() {
        depth--;
    }

    /** True if {@code name(} starts here, with {@code name} a transformer keyword. */
    boolean atTransformer() {
        int start = in.pos();
        String id = in.identifier();
        boolean result = id != null && Transformers.isTransformer(id) && in.peek() == '(';
        in.reset(start);
        return result;
    }

    /** Field or FieldTransformer; consumes nothing and returns null if neither starts here. */
    FieldExpr fieldOrTransformer() throws ConditionSyntaxException {
        int start = in.pos();
        String name = in.fieldName();
        if (name != null) {
            return fieldRemainder(start, name);
        }
        if (atTransformer()) {
            String id = in.identifier();
            in.literal("(");
            return transformerRemainder(start, id);
        }
        return null;
    }

    private FieldRef fieldRemainder(int start, String name) throws ConditionSyntaxException {
        return new FieldRef(start, name, bracketArg());
    }

    /** The optional {@code [arg]} right after a field name or a transformer's closing parenthesis. */
    private String bracketArg() throws ConditionSyntaxException {
        int open = in.pos();
        if (!in.literal("[")) {
            return null;
        }
        String arg = in.quotedString();
        if (arg == null) {
            arg = in.fieldArgBareString();
        }
        if (arg == null) {
            throw new ConditionSyntaxException(
                    "expected a valid field argument: a quoted string or a bare string", in.pos());
        }
        if (!in.literal("]")) {
            throw in.atEnd()
                    ? new ConditionSyntaxException("unbalanced brackets: '[' has no matching ']'", open)
                    : new ConditionSyntaxException("expected a ']' token, found '" + in.describeHere() + "'", in.pos());
        }
        return arg;
    }

    /** After {@code name(}: the arguments, the closing parenthesis and an optional {@code [arg]}. */
    private Transformer transformerRemainder(int start, String name) throws ConditionSyntaxException {
        int open = start + name.length();
        enter(open);
        List<TransformerArg> args = new ArrayList<>();
        do {
            in.blank();
            args.add(transformerArg(name));
            in.blank();
        } while (in.literal(","));
        close(open, "the arguments of '" + name + "'");
        String arg = bracketArg();
        leave();
        return new Transformer(start, name, args, arg);
    }

    private TransformerArg transformerArg(String transformer) throws ConditionSyntaxException {
        int start = in.pos();
        if (in.literal("(")) {
            return transformerList(start);
        }
        TransformerArg arg = literalOrField();
        if (arg == null) {
            throw new ConditionSyntaxException("expected an argument of '" + transformer
                    + "': a field, a transformer, a quoted string, a number, or a list", start);
        }
        return arg;
    }

    /** TransformerListArg: number, quoted string, field or transformer; null if none starts here. */
    private TransformerArg literalOrField() throws ConditionSyntaxException {
        int start = in.pos();
        String number = in.number();
        if (number != null) {
            return new Value(start, number, false);
        }
        String quoted = in.quotedString();
        if (quoted != null) {
            return new Value(start, quoted, true);
        }
        return fieldOrTransformer();
    }

    private TransformerList transformerList(int open) throws ConditionSyntaxException {
        enter(open);
        List<TransformerArg> items = new ArrayList<>();
        in.blank();
        if (in.peek() != ')') {
            do {
                in.blank();
                int start = in.pos();
                TransformerArg item = literalOrField();
                if (item == null) {
                    throw new ConditionSyntaxException(
                            "expected a list item: a field, a transformer, a quoted string, or a number", start);
                }
                items.add(item);
                in.blank();
            } while (in.literal(","));
        }
        close(open, "the list");
        leave();
        return new TransformerList(open, items);
    }

    /** Right side of a check: {@code val(field)} or a transformer; consumes nothing and returns null otherwise. */
    ValField transformerOrVal() throws ConditionSyntaxException {
        int start = in.pos();
        String id = in.identifier();
        if (Transformers.VAL.equals(id) && in.literal("(")) {
            enter(start + id.length());
            in.blank();
            int fieldStart = in.pos();
            String name = in.fieldName();
            if (name == null) {
                throw new ConditionSyntaxException("expected a field within 'val' transformer", fieldStart);
            }
            FieldRef field = fieldRemainder(fieldStart, name);
            in.blank();
            close(start + id.length(), "'val'");
            leave();
            return new ValField(start, field);
        }
        in.reset(start);
        if (atTransformer()) {
            return new ValField(start, fieldOrTransformer());
        }
        return null;
    }

    /** NumValue or FieldTransformerOrVal after a numeric operator. */
    Operand numberOperand(String op) throws ConditionSyntaxException {
        in.blank();
        int start = in.pos();
        ValField field = transformerOrVal();
        if (field != null) {
            return field;
        }
        String number = in.number();
        if (number == null) {
            throw new ConditionSyntaxException("expected a number value after '" + op + "'", start);
        }
        return new Value(start, number, false);
    }

    /** StrValue or FieldTransformerOrVal after a string operator. */
    Operand stringOperand(String op) throws ConditionSyntaxException {
        in.blank();
        int start = in.pos();
        ValField field = transformerOrVal();
        if (field != null) {
            return field;
        }
        Value value = stringValue();
        if (value == null) {
            throw new ConditionSyntaxException("expected a value after '" + op + "'", start);
        }
        return value;
    }

    private Value stringValue() throws ConditionSyntaxException {
        int start = in.pos();
        String quoted = in.quotedString();
        if (quoted != null) {
            return new Value(start, quoted, true);
        }
        String bare = in.bareString();
        return bare == null ? null : new Value(start, bare, false);
    }

    /** ListValue, FieldTransformerOrVal or a list name after a list operator. */
    Operand listOperand(String op) throws ConditionSyntaxException {
        in.blank();
        int start = in.pos();
        if (in.literal("(")) {
            return listValue(start);
        }
        ValField field = transformerOrVal();
        if (field != null) {
            return field;
        }
        String name = in.identifier();
        if (name == null) {
            throw new ConditionSyntaxException(
                    "expected a list, a list name or a field after '" + op + "'", start);
        }
        return new ListRef(start, name);
    }

    private ListValue listValue(int open) throws ConditionSyntaxException {
        enter(open);
        List<Operand> items = new ArrayList<>();
        in.blank();
        if (in.peek() != ')') {
            do {
                in.blank();
                items.add(listItem());
                in.blank();
            } while (in.literal(","));
        }
        close(open, "the list");
        leave();
        return new ListValue(open, items);
    }

    private Operand listItem() throws ConditionSyntaxException {
        int start = in.pos();
        if (in.literal("(")) {
            return listValue(start);
        }
        Value value = stringValue();
        if (value == null) {
            throw new ConditionSyntaxException("expected a list item after '" + in.last() + "'", start);
        }
        // An unquoted identifier may name a list; the loader decides (see ListRef).
        if (!value.quoted() && isIdentifier(value.text())) {
            return new ListRef(start, value.text());
        }
        return value;
    }

    static boolean isIdentifier(String s) {
        Scanner sc = new Scanner(s);
        String id = sc.identifier();
        return id != null && sc.atEnd();
    }

    /** Consumes the ')' matching the '(' at {@code open}, or explains why there is none. */
    void close(int open, String what) throws ConditionSyntaxException {
        if (in.literal(")")) {
            return;
        }
        if (in.atEnd()) {
            throw new ConditionSyntaxException("unbalanced parentheses: '(' has no matching ')'", open);
        }
        throw new ConditionSyntaxException("expected ',' or ')' closing " + what + ", found '"
                + in.describeHere() + "'", in.pos());
    }
}
