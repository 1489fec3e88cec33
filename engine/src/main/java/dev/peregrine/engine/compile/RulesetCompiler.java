package dev.peregrine.engine.compile;

import dev.peregrine.engine.condition.ConditionSyntaxException;
import dev.peregrine.engine.condition.Expr;
import dev.peregrine.engine.condition.Parser;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldDef;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.fields.FieldType;
import dev.peregrine.engine.output.AlertTemplate;
import dev.peregrine.engine.output.OutputAppend;
import dev.peregrine.engine.output.OutputFormat;
import dev.peregrine.engine.rules.ListSpec;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.rules.RuleSpec;
import dev.peregrine.engine.rules.RulesetSpec;
import dev.peregrine.engine.rules.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compiles a loaded {@link RulesetSpec}: parses macros and conditions, applies exceptions, expands macros and lists,
 * type-checks and binds every field, compiles outputs, derives each rule's event types and builds the index.
 * Every rule is compiled (a disabled rule with an error is still an error, as in Falco); only enabled rules at or
 * above the minimum priority are indexed. Any error fails the whole load with every diagnostic.
 */
public final class RulesetCompiler {

    private final FieldRegistry registry;
    private final Function<String, FieldBinder> binders;
    private final Priority minimumPriority;
    private final List<OutputAppend> appends;

    /** @param binders the binder of each source; returns null for a source no producer serves */
    public RulesetCompiler(FieldRegistry registry, Function<String, FieldBinder> binders, Priority minimumPriority) {
        this(registry, binders, minimumPriority, List.of());
    }

    /** @param appends text added to the outputs of a source's rules on some events (see {@link OutputAppend}) */
    public RulesetCompiler(FieldRegistry registry, Function<String, FieldBinder> binders, Priority minimumPriority,
                           List<OutputAppend> appends) {
        this.registry = registry;
        this.binders = binders;
        this.minimumPriority = minimumPriority;
        this.appends = List.copyOf(appends);
    }

    public CompiledRuleset compile(RulesetSpec spec) throws RulesException {
        Reporter reporter = new Reporter();
        spec.warnings().forEach(reporter::add);
        ListTable lists = new ListTable(spec.lists());
        for (ListSpec list : spec.lists()) {
            try {
                lists.values(list.name());
            } catch (CheckFailure f) {
                reporter.error(f.position, f.getMessage());
            }
        }
        MacroTable macros = new MacroTable(spec.macros(), reporter);
        Set<String> sources = knownSources();
        List<CompiledRule> compiled = new ArrayList<>();
        Map<CompiledRule, EvtTypes> types = new HashMap<>();
        Map<CompiledRule, TypeSpecializer> specializers = new HashMap<>();
        int order = 0;
        for (RuleSpec rule : spec.rules()) {
            order++;
            if (!sources.contains(rule.source())) {
                reporter.warning(rule.position(), "rule '" + rule.name() + "' skipped: unknown source '"
                        + rule.source() + "'");
                continue;
            }
            CompiledRule r = compileRule(rule, order, macros, lists, reporter, types, specializers);
            if (r != null) {
                compiled.add(r);
            }
        }
        if (reporter.hasErrors()) {
            throw new RulesException(reporter.all());
        }
        return new CompiledRuleset(compiled, index(compiled, types, specializers), spec.rules().size(),
                spec.macros().size(), spec.lists().size(), reporter.warnings());
    }

    private Set<String> knownSources() {
        Set<String> sources = new HashSet<>();
        for (FieldDef def : registry.all()) {
            sources.addAll(def.sources());
        }
        return sources;
    }

    /**
     * The rule's alert template, with the output appends of its source (the first whose condition holds wins). A
     * rule whose output already prints a field of an append's class ({@code jvm.} for {@code jvm.correlated}) says
     * what it wants to say about it: it gets no append.
     */
    private AlertTemplate alertTemplate(RuleSpec rule, OutputFormat output, FieldBinder binder)
            throws RulesException {
        AlertTemplate template = new AlertTemplate(rule.name(), rule.priority(), rule.tags(), output);
        for (OutputAppend append : appends) {
            String fieldClass = append.when().substring(0, append.when().indexOf('.') + 1);
            if (!append.source().equals(rule.source()) || rule.output().contains("%" + fieldClass)) {
                continue;
            }
            FieldDef when = registry.find(append.when()).filter(d -> d.type() == FieldType.BOOL).orElseThrow(
                    () -> new IllegalArgumentException("output append: '" + append.when() + "' is no bool field"));
            OutputFormat appended = OutputFormat.compile(rule.output() + " " + append.suffix(), rule.source(),
                    registry, binder, offset -> rule.position());
            template = template.withAppend(appended, binder.bind(when, null));
        }
        return template;
    }

    private CompiledRule compileRule(RuleSpec rule, int order, MacroTable macros, ListTable lists, Reporter reporter,
                                     Map<CompiledRule, EvtTypes> types,
                                     Map<CompiledRule, TypeSpecializer> specializers) {
        Text condition = rule.condition();
        FieldBinder binder = binders.apply(rule.source());
        if (binder == null) {
            binder = (field, arg) -> dev.peregrine.engine.event.Accessor.NONE;
        }
        try {
            Origins origins = new Origins(condition);
            Expr parsed = parse(condition);
            Expr withExceptions = new ExceptionBuilder(lists, origins).apply(parsed, rule.exceptions());
            Expr expanded = new MacroExpander(macros, lists, origins).expand(withExceptions, condition);
            CheckCompiler checks = new CheckCompiler(new FieldBinding.Scope(registry, binder, rule.source()), origins);
            var evaluator = new ConditionCompiler(checks).compile(expanded);
            OutputFormat output = OutputFormat.compile(rule.output(), rule.source(), registry, binder,
                    offset -> rule.position());
            EvtTypes evtTypes = EvtTypeAnalysis.of(expanded, rule.source());
            boolean enabled = rule.enabled() && rule.priority().atLeast(minimumPriority);
            if (enabled && rule.warnEvttypes() && !evtTypes.include) {
                reporter.warning(rule.position(), "rule '" + rule.name() + "' matches too many evt.type values "
                        + "(no evt.type restriction): this has a significant performance penalty");
            }
            CompiledRule r = new CompiledRule(rule.name(), rule.priority(), rule.source(), rule.tags(), evaluator,
                    output, expanded, order, enabled, alertTemplate(rule, output, binder));
            types.put(r, evtTypes);
            specializers.put(r, new TypeSpecializer(expanded, rule.source(), checks));
            return r;
        } catch (CheckFailure f) {
            if (f.unknownField && rule.skipIfUnknownFilter()) {
                reporter.warning(f.position, "rule '" + rule.name() + "' skipped (skip-if-unknown-filter): "
                        + f.getMessage());
            } else {
                reporter.error(f.position, f.getMessage());
            }
        } catch (RulesException e) {
            for (Diagnostic d : e.diagnostics()) {
                reporter.add(d);
            }
        }
        return null;
    }

    private static Expr parse(Text condition) {
        try {
            return Parser.parse(condition.value());
        } catch (ConditionSyntaxException e) {
            throw new CheckFailure(condition.locate(e.offset()), e.getMessage());
        }
    }

    private static Map<String, SourceIndex> index(List<CompiledRule> rules, Map<CompiledRule, EvtTypes> types,
                                                  Map<CompiledRule, TypeSpecializer> specializers) {
        Map<String, List<CompiledRule>> bySource = new LinkedHashMap<>();
        for (CompiledRule r : rules) {
            if (r.enabled()) {
                bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r);
            }
        }
        Map<String, SourceIndex> index = new HashMap<>();
        bySource.forEach((source, list) -> index.put(source, new SourceIndex(list, types, specializers)));
        return index;
    }
}
