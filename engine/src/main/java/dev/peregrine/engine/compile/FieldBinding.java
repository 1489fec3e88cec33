package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.ConditionPrinter;
import dev.peregrine.engine.condition.FieldExpr;
import dev.peregrine.engine.condition.FieldRef;
import dev.peregrine.engine.condition.Transformer;
import dev.peregrine.engine.condition.TransformerArg;
import dev.peregrine.engine.condition.TransformerList;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.eval.Base64Decode;
import dev.peregrine.engine.eval.Basename;
import dev.peregrine.engine.eval.CaseTransform;
import dev.peregrine.engine.eval.Concat;
import dev.peregrine.engine.eval.Getopt;
import dev.peregrine.engine.eval.Join;
import dev.peregrine.engine.eval.Length;
import dev.peregrine.engine.eval.TextValue;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.ArgumentKind;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldMatch;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.fields.FieldType;
import dev.peregrine.engine.rules.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the fields of one rule against the registry, checks them (known, argument given when required and only
 * when allowed, available for the rule's source) and binds them once through the source's {@link FieldBinder}.
 * Transformers are checked for arity and argument types, as libsinsp does when it builds them.
 */
final class FieldBinding {

    /** What the fields of one rule are resolved against: the registry, the source's binder and the source. */
    record Scope(FieldRegistry registry, FieldBinder binder, String source) {
        /** A binding for the fields of {@code text}, one condition's leaf; errors point into it. */
        FieldBinding in(Text text) {
            return new FieldBinding(this, text);
        }
    }

    private final FieldRegistry registry;
    private final FieldBinder binder;
    private final String source;
    private final Text text;

    private FieldBinding(Scope scope, Text text) {
        this.registry = scope.registry();
        this.binder = scope.binder();
        this.source = scope.source();
        this.text = text;
    }

    Bound bind(FieldExpr expr) {
        if (expr instanceof FieldRef ref) {
            return field(ref);
        }
        return transformer((Transformer) expr);
    }

    private Bound field(FieldRef ref) {
        FieldMatch match = registry.resolve(ref.name()).orElseThrow(() -> unknown(ref));
        FieldDef def = match.field();
        String arg = match.argument();
        if (arg != null && ref.hasArg()) {
            throw fail(ref, "field '" + ref.name() + "' already has an argument; remove [" + ref.arg() + "]");
        }
        if (arg == null) {
            arg = ref.arg();
        }
        if (arg != null && def.argument() == ArgumentKind.NONE) {
            throw fail(ref, "field '" + def.name() + "' does not take an argument");
        }
        if (arg == null && def.argument() == ArgumentKind.REQUIRED) {
            throw fail(ref, "field '" + def.name() + "' requires an argument, e.g. " + def.name() + "[...]");
        }
        if (!def.sources().contains(source)) {
            throw fail(ref, "field '" + def.name() + "' is not available for source '" + source + "'");
        }
        Accessor accessor;
        try {
            accessor = binder.bind(def, arg);
        } catch (IllegalArgumentException e) {
            throw fail(ref, "field '" + ConditionPrinter.print(ref) + "': " + e.getMessage());
        }
        return Bound.field(ConditionPrinter.print(ref), def.type(), accessor == null ? Accessor.NONE : accessor);
    }

    private CheckFailure unknown(FieldRef ref) {
        List<String> suggestions = registry.suggest(ref.name());
        String hint = suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)";
        return new CheckFailure(text.locate(ref.offset()), "unknown field '" + ref.name() + "'" + hint, true);
    }

    private CheckFailure fail(FieldExpr at, String message) {
        return new CheckFailure(text.locate(at.offset()), message);
    }

    private Bound transformer(Transformer t) {
        String display = ConditionPrinter.print(t);
        List<TransformerArg> args = t.args();
        if (t.hasArg() && !t.name().equals("getopt")) {
            throw fail(t, "transformer '" + t.name() + "' does not take an argument");
        }
        switch (t.name()) {
            case "tolower":
            case "toupper":
            case "b64":
            case "basename": {
                Bound in = single(t);
                boolean ok = in.type() == FieldType.STRING || (t.name().equals("b64") && in.type() == FieldType.BYTES);
                if (!ok || in.list()) {
                    throw fail(t, "transformer '" + t.name() + "' needs a string, not " + in.describe());
                }
                TextValue v = t.name().equals("tolower") ? CaseTransform.toLower(in.text())
                        : t.name().equals("toupper") ? CaseTransform.toUpper(in.text())
                        : t.name().equals("b64") ? new Base64Decode(in.text()) : new Basename(in.text());
                return Bound.text(display, v);
            }
            case "len": {
                Bound in = single(t);
                if (in.list()) {
                    return Bound.number(display, Length.ofList(in.listValue()));
                }
                if (!in.isText()) {
                    throw fail(t, "transformer 'len' needs a string or a list, not " + in.describe());
                }
                return Bound.number(display, Length.ofText(in.text()));
            }
            case "join": {
                if (args.size() != 2) {
                    throw fail(t, "join() requires exactly 2 arguments: separator and list");
                }
                TextValue sep = textArg(t, args.get(0));
                Bound list = argument(t, args.get(1));
                if (!list.list()) {
                    throw fail(t, "join() second argument must be a list, not " + list.describe());
                }
                return Bound.text(display, new Join(sep, list.listValue()));
            }
            case "concat": {
                if (args.size() < 2) {
                    throw fail(t, "concat() requires at least 2 arguments");
                }
                List<TextValue> parts = new ArrayList<>();
                for (TransformerArg a : args) {
                    parts.add(textArg(t, a));
                }
                return Bound.text(display, new Concat(parts));
            }
            case "getopt":
                return getopt(t, display);
            default:
                throw fail(t, "unknown transformer '" + t.name() + "'");
        }
    }

    private Bound getopt(Transformer t, String display) {
        List<TransformerArg> args = t.args();
        if (args.size() != 2 || !(args.get(1) instanceof Value optstring)) {
            throw fail(t, "getopt() requires 2 arguments: an argument list and a literal optstring");
        }
        Bound argv = argument(t, args.get(0));
        if (!argv.list()) {
            throw fail(t, "getopt() first argument must be a list, not " + argv.describe());
        }
        Getopt getopt = new Getopt(argv.listValue(), optstring.text());
        if (!t.hasArg()) {
            return Bound.list(display, getopt);
        }
        if (t.arg().length() != 1) {
            throw fail(t, "getopt() argument must be a single option character");
        }
        return Bound.text(display, getopt.select(t.arg().charAt(0)));
    }

    private Bound single(Transformer t) {
        if (t.args().size() != 1) {
            throw fail(t, "transformer '" + t.name() + "' takes exactly one argument");
        }
        return argument(t, t.args().get(0));
    }

    private Bound argument(Transformer t, TransformerArg arg) {
        if (arg instanceof FieldExpr f) {
            return bind(f);
        }
        if (arg instanceof TransformerList list) {
            List<TextValue> parts = new ArrayList<>();
            for (TransformerArg item : list.items()) {
                parts.add(textArg(t, item));
            }
            return Bound.list(ConditionPrinter.print(t), event -> {
                List<String> out = new ArrayList<>(parts.size());
                for (TextValue p : parts) {
                    String s = p.text(event);
                    if (s != null) {
                        out.add(s);
                    }
                }
                return out;
            });
        }
        Value v = (Value) arg;
        return Bound.text(v.text(), TextValue.literal(v.text()));
    }

    private TextValue textArg(Transformer t, TransformerArg arg) {
        Bound b = argument(t, arg);
        if (b.list() || !b.isText()) {
            throw fail(t, "transformer '" + t.name() + "' needs string arguments, not " + b.describe());
        }
        return b.text();
    }
}
