package dev.peregrine.engine.condition;

import java.util.List;

/**
 * Prints an {@link Expr} as canonical condition text: deterministic, fully parenthesised like libsinsp's AST
 * string output, and parseable back to an equal tree (printing is idempotent through {@link Parser#parse}).
 *
 * <p>Format: {@code and}/{@code or} groups are wrapped in parentheses and joined by single spaces
 * ({@code (a and b)}); {@code not x}; {@code field op value} with one space around the operator; lists as
 * {@code (a, b)}; transformers as {@code tolower(proc.name)}; field arguments in brackets. A value keeps quotes if
 * it had them (quotes change meaning: a quoted word is never a list name) or needs them; quotes are always
 * printed as double quotes, escaped as Falco reads them.
 */
public final class ConditionPrinter {

    private ConditionPrinter() {
    }

    public static String print(Expr expr) {
        StringBuilder sb = new StringBuilder();
        expr(sb, expr);
        return sb.toString();
    }

    public static String print(FieldExpr field) {
        StringBuilder sb = new StringBuilder();
        field(sb, field);
        return sb.toString();
    }

    public static String print(Operand operand) {
        StringBuilder sb = new StringBuilder();
        operand(sb, operand);
        return sb.toString();
    }

    /** {@code text} between double quotes, with the escapes the parser resolves. */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default: sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** {@code text} as a bare string when the grammar allows it there, quoted otherwise. */
    public static String quoteIfNeeded(String text) {
        return isBare(text) ? text : quote(text);
    }

    private static boolean isBare(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Scanner.isBareChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void expr(StringBuilder sb, Expr expr) {
        if (expr instanceof And and) {
            group(sb, and.children(), " and ");
        } else if (expr instanceof Or or) {
            group(sb, or.children(), " or ");
        } else if (expr instanceof Not not) {
            sb.append("not ");
            expr(sb, not.child());
        } else if (expr instanceof MacroRef macro) {
            sb.append(macro.name());
        } else if (expr instanceof UnaryCheck check) {
            field(sb, check.field());
            sb.append(' ').append(check.op());
        } else if (expr instanceof BinaryCheck check) {
            if (check.modifier() != ListModifier.NONE) {
                sb.append(check.modifier().keyword()).append(' ');
            }
            field(sb, check.field());
            sb.append(' ').append(check.op()).append(' ');
            operand(sb, check.value());
        } else {
            throw new IllegalArgumentException("unknown expression " + expr);
        }
    }

    private static void group(StringBuilder sb, List<Expr> children, String separator) {
        sb.append('(');
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            expr(sb, children.get(i));
        }
        sb.append(')');
    }

    private static void field(StringBuilder sb, FieldExpr field) {
        if (field instanceof FieldRef ref) {
            sb.append(ref.name());
            bracketArg(sb, ref.arg());
        } else if (field instanceof Transformer tr) {
            sb.append(tr.name()).append('(');
            transformerArgs(sb, tr.args());
            sb.append(')');
            bracketArg(sb, tr.arg());
        } else {
            throw new IllegalArgumentException("unknown field expression " + field);
        }
    }

    private static void bracketArg(StringBuilder sb, String arg) {
        if (arg == null) {
            return;
        }
        boolean bare = !arg.isEmpty();
        for (int i = 0; i < arg.length() && bare; i++) {
            bare = Scanner.isFieldArgChar(arg.charAt(i));
        }
        sb.append('[').append(bare ? arg : quote(arg)).append(']');
    }

    private static void transformerArgs(StringBuilder sb, List<TransformerArg> args) {
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            TransformerArg arg = args.get(i);
            if (arg instanceof Value value) {
                // Only numbers and quoted strings are literals in transformer arguments.
                sb.append(!value.quoted() && isNumber(value.text()) ? value.text() : quote(value.text()));
            } else if (arg instanceof TransformerList list) {
                sb.append('(');
                transformerArgs(sb, list.items());
                sb.append(')');
            } else {
                field(sb, (FieldExpr) arg);
            }
        }
    }

    private static boolean isNumber(String text) {
        Scanner sc = new Scanner(text);
        return sc.number() != null && sc.atEnd();
    }

    private static void operand(StringBuilder sb, Operand operand) {
        if (operand instanceof Value value) {
            sb.append(value.quoted() ? quote(value.text()) : quoteIfNeeded(value.text()));
        } else if (operand instanceof ListRef ref) {
            sb.append(ref.name());
        } else if (operand instanceof ValField val) {
            if (val.field() instanceof FieldRef) {
                sb.append(Transformers.VAL).append('(');
                field(sb, val.field());
                sb.append(')');
            } else {
                field(sb, val.field());
            }
        } else if (operand instanceof ListValue list) {
            sb.append('(');
            List<Operand> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                operand(sb, items.get(i));
            }
            sb.append(')');
        } else {
            throw new IllegalArgumentException("unknown operand " + operand);
        }
    }
}
