package dev.peregrine.engine.compile;

import dev.peregrine.engine.MapEvent;
import dev.peregrine.engine.condition.ConditionPrinter;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.engine.rules.RulesLoader;

import java.util.ArrayList;
import java.util.List;

/** Test helper: rules YAML in, compiled ruleset (or the exception) out. */
final class Compiling {

    private Compiling() {
    }

    static CompiledRuleset compile(RulesFile... files) throws RulesException {
        return new RulesetCompiler(FieldRegistry.standard(), source -> MapEvent.binder(), Priority.DEBUG)
                .compile(new RulesLoader().load(List.of(files)));
    }

    static CompiledRuleset compile(String yaml) throws RulesException {
        return compile(new RulesFile("rules.yaml", yaml));
    }

    static String expanded(CompiledRuleset rs, String rule) {
        return ConditionPrinter.print(rs.rule(rule).expanded());
    }

    /** Every diagnostic of a failing load, formatted with file:line:col and caret. */
    static List<String> errors(String yaml) {
        try {
            compile(yaml);
        } catch (RulesException e) {
            List<String> out = new ArrayList<>();
            e.diagnostics().forEach(d -> out.add(d.format()));
            return out;
        }
        throw new AssertionError("expected the rules to fail to compile");
    }
}
