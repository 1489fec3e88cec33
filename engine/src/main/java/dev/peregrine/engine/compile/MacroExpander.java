package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.And;
import dev.peregrine.engine.condition.ConditionPrinter;
import dev.peregrine.engine.condition.BinaryCheck;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.ListRef;
import dev.peregrine.engine.condition.ListValue;
import dev.peregrine.engine.condition.MacroRef;
import dev.peregrine.engine.condition.Not;
import dev.peregrine.engine.condition.Operand;
import dev.peregrine.engine.condition.Or;
import dev.peregrine.engine.condition.UnaryCheck;
import dev.peregrine.engine.condition.Value;
import dev.peregrine.engine.diag.SourcePosition;
import dev.peregrine.engine.rules.Text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The AST-rewriting pass of Falco's filter_macro_resolver and filter_list_resolver in one walk: every
 * {@link MacroRef} is replaced by the macro's (recursively expanded) body, every list reference by the list's
 * flattened items, so the compiler and the evt.type analysis only ever see checks. Macros may use macros; a macro
 * reaching itself is a cycle, reported with its path; an undefined macro is an error. In a list, an identifier that
 * names no list is the literal string (Falco's rule); as the whole operand of {@code in} it must name a list.
 * Rewritten checks are registered in {@link Origins} with the text they came from, for diagnostics.
 */
final class MacroExpander {

    private final MacroTable macros;
    private final ListTable lists;
    private final Origins origins;
    private final Deque<String> stack = new ArrayDeque<>();

    MacroExpander(MacroTable macros, ListTable lists, Origins origins) {
        this.macros = macros;
        this.lists = lists;
        this.origins = origins;
    }

    Expr expand(Expr e, Text context) {
        if (e instanceof And and) {
            return new And(and.offset(), expandAll(and.children(), context));
        }
        if (e instanceof Or or) {
            return new Or(or.offset(), expandAll(or.children(), context));
        }
        if (e instanceof Not not) {
            return new Not(not.offset(), expand(not.child(), context));
        }
        if (e instanceof MacroRef ref) {
            return macro(ref, context);
        }
        if (e instanceof BinaryCheck check) {
            BinaryCheck out = check;
            Operand operand = expandOperand(check.value(), context);
            if (operand != check.value()) {
                out = new BinaryCheck(check.offset(), check.modifier(), check.field(), check.op(), check.opOffset(),
                        operand);
            }
            register(out, context);
            return out;
        }
        register(e, context);
        return e;
    }

    private void register(Expr leaf, Text context) {
        // Nodes built by ExceptionBuilder already know their text; everything else is from the current context.
        if (!origins.has(leaf)) {
            origins.put(leaf, context);
        }
    }

    private List<Expr> expandAll(List<Expr> children, Text context) {
        List<Expr> out = new ArrayList<>(children.size());
        for (Expr child : children) {
            out.add(expand(child, context));
        }
        return out;
    }

    private Expr macro(MacroRef ref, Text context) {
        if (stack.contains(ref.name())) {
            List<String> cycle = new ArrayList<>(stack);
            cycle = cycle.subList(cycle.indexOf(ref.name()), cycle.size());
            throw new CheckFailure(context.locate(ref.offset()),
                    "macro cycle: " + String.join(" -> ", cycle) + " -> " + ref.name());
        }
        MacroTable.Macro macro = macros.get(ref.name());
        if (macro == null) {
            String hint = lists.contains(ref.name()) ? " ('" + ref.name() + "' is a list: use it after 'in')" : "";
            throw new CheckFailure(context.locate(ref.offset()), "undefined macro '" + ref.name() + "'" + hint);
        }
        stack.addLast(ref.name());
        try {
            return expand(macro.body(), macro.text());
        } finally {
            stack.removeLast();
        }
    }

    private Operand expandOperand(Operand operand, Text context) {
        if (operand instanceof ListRef ref) {
            if (!lists.contains(ref.name())) {
                throw new CheckFailure(locate(ref, context), "undefined list '" + ref.name() + "'");
            }
            List<Operand> items = new ArrayList<>();
            addList(items, ref);
            return copyOrigin(ref, new ListValue(ref.offset(), items));
        }
        if (operand instanceof ListValue list && needsFlattening(list)) {
            List<Operand> items = new ArrayList<>();
            flatten(items, list);
            return copyOrigin(list, new ListValue(list.offset(), items));
        }
        return operand;
    }

    private SourcePosition locate(Operand node, Text context) {
        return (origins.has(node) ? origins.of(node) : context).locate(node.offset());
    }

    private Operand copyOrigin(Operand from, Operand to) {
        if (origins.has(from)) {
            origins.put(to, origins.of(from));
        }
        return to;
    }

    private static boolean needsFlattening(ListValue list) {
        for (Operand item : list.items()) {
            if (!(item instanceof Value)) {
                return true;
            }
        }
        return false;
    }

    private void flatten(List<Operand> out, ListValue list) {
        for (Operand item : list.items()) {
            if (item instanceof ListValue nested) {
                flatten(out, nested);
            } else if (item instanceof ListRef ref && lists.contains(ref.name())) {
                addList(out, ref);
            } else if (item instanceof ListRef ref) {
                out.add(copyOrigin(ref, new Value(ref.offset(), ref.name(), false)));
            } else {
                out.add(item);
            }
        }
    }

    private void addList(List<Operand> out, ListRef ref) {
        for (String v : lists.values(ref.name())) {
            out.add(copyOrigin(ref, new Value(ref.offset(), v, !isBare(v))));
        }
    }

    /** Items that were quoted in YAML or could not be written bare stay quoted when printed. */
    private static boolean isBare(String v) {
        return !v.isEmpty() && ConditionPrinter.quoteIfNeeded(v).equals(v);
    }
}
