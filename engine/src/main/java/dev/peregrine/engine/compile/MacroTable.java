package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.ConditionSyntaxException;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.Parser;
import dev.peregrine.engine.rules.MacroSpec;
import dev.peregrine.engine.rules.Text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The macros, each parsed once. A macro that does not parse is reported at load (whether used or not, as Falco
 * does) and makes every rule using it fail with the same diagnostic.
 */
final class MacroTable {

    record Macro(String name, Expr body, Text text) {
    }

    private final Map<String, Macro> macros = new HashMap<>();
    private final Map<String, CheckFailure> broken = new HashMap<>();

    MacroTable(List<MacroSpec> specs, Reporter reporter) {
        for (MacroSpec spec : specs) {
            try {
                macros.put(spec.name(), new Macro(spec.name(), Parser.parse(spec.condition().value()), spec.condition()));
            } catch (ConditionSyntaxException e) {
                CheckFailure f = new CheckFailure(spec.condition().locate(e.offset()), e.getMessage());
                broken.put(spec.name(), f);
                reporter.error(f.position, f.getMessage());
            }
        }
    }

    boolean contains(String name) {
        return macros.containsKey(name) || broken.containsKey(name);
    }

    /** The parsed macro, or null if undefined. @throws CheckFailure if it exists but does not parse */
    Macro get(String name) {
        CheckFailure f = broken.get(name);
        if (f != null) {
            throw f;
        }
        return macros.get(name);
    }
}
