package dev.peregrine.engine;

import dev.peregrine.engine.compile.CompiledRule;
import dev.peregrine.engine.compile.CompiledRuleset;
import dev.peregrine.engine.compile.RulesetCompiler;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.diag.SourcePosition;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.event.Event;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.fields.FieldType;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.AlertSlot;
import dev.peregrine.engine.output.AlertTemplate;
import dev.peregrine.engine.output.OutputAppend;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.engine.rules.RulesLoader;
import dev.peregrine.engine.sink.AlertSink;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules engine: loads Falco-compatible rules files, compiles them, and evaluates events against them.
 *
 * <p>{@link #load} compiles everything first and only on full success publishes the new ruleset with one volatile
 * write: a file with an error leaves the previous ruleset running. {@link #evaluate} may be called from any number
 * of threads; for an event that matches nothing it reads the published ruleset, looks up the rules indexed for the
 * event's source and type, runs their evaluator trees, and allocates nothing. A match allocates nothing either:
 * the sink is lent a per-thread reused {@link Alert}, valid until {@code accept} returns.
 */
public final class Engine {

    private static final FieldBinder UNBOUND = (field, argument) -> Accessor.NONE;
    private static final ThreadLocal<AlertSlot> SLOTS = ThreadLocal.withInitial(AlertSlot::new);

    private final FieldRegistry registry;
    private final Map<String, FieldBinder> binders;
    private final RuleMatching ruleMatching;
    private final String hostname;
    private final Priority minimumPriority;
    private final boolean indexed;
    private final List<OutputAppend> appends;
    private volatile CompiledRuleset ruleset = CompiledRuleset.empty();
    private volatile LoadSummary summary = LoadSummary.EMPTY;

    private Engine(Builder b) {
        this.registry = b.registry;
        this.binders = Map.copyOf(b.binders);
        this.ruleMatching = b.ruleMatching;
        this.hostname = b.hostname != null ? b.hostname : localHostName();
        this.minimumPriority = b.minimumPriority;
        this.indexed = b.indexed;
        this.appends = List.copyOf(b.appends);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and loads rules files, in order (later files override earlier ones). */
    public LoadSummary load(List<Path> files) throws RulesException {
        List<RulesFile> read = new ArrayList<>();
        for (Path path : files) {
            try {
                read.add(RulesFile.read(path));
            } catch (IOException e) {
                throw new RulesException(Diagnostic.error(new SourcePosition(path.toString(), 0, 0, ""),
                        "cannot read rules file: " + e));
            }
        }
        return loadFiles(read);
    }

    /** Loads rules given by name and content (e.g. classpath resources). Replaces the current rules on success. */
    public synchronized LoadSummary loadFiles(List<RulesFile> files) throws RulesException {
        CompiledRuleset compiled = new RulesetCompiler(registry, this::binder, minimumPriority, appends)
                .compile(new RulesLoader().load(files));
        LoadSummary s = new LoadSummary(compiled.ruleSpecs(), compiled.macros(), compiled.lists(),
                compiled.enabledRules(), compiled.warnings());
        ruleset = compiled;
        summary = s;
        return s;
    }

    private FieldBinder binder(String source) {
        return binders.getOrDefault(source, UNBOUND);
    }

    /** Evaluates one event: {@code sink.accept} is called for each matching rule (or the first, per rule_matching). */
    public void evaluate(Event event, AlertSink sink) {
        CompiledRule[] rules = ruleset.candidates(event.source(), event.type(), indexed);
        for (CompiledRule rule : rules) {
            if (rule.matches(event)) {
                deliver(rule.alerts(), event, sink);
                if (ruleMatching == RuleMatching.FIRST) {
                    return;
                }
            }
        }
    }

    /**
     * Lends the thread's reused alert to the sink for the duration of {@code accept} (see {@link Alert}): an
     * alert costs reading the output's fields, and no allocation. A sink that evaluates events itself while it
     * holds an alert (nested) gets a fresh slot.
     */
    private void deliver(AlertTemplate template, Event event, AlertSink sink) {
        AlertSlot slot = SLOTS.get();
        if (slot.lent()) {
            slot = new AlertSlot();
        }
        Alert alert = slot.lend(template.forEvent(event), event, hostname);
        try {
            sink.accept(alert);
        } finally {
            slot.release();
        }
    }

    /** The summary of the last successful load. */
    public LoadSummary summary() {
        return summary;
    }

    /** The rules currently loaded, compiled (for tools: print expanded conditions, list rules). */
    public CompiledRuleset ruleset() {
        return ruleset;
    }

    /** Names of the rules an event of this source and type is checked against, in order (introspection). */
    public List<String> candidateRules(String source, String type) {
        return ruleset.candidateNames(source, type);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    public static final class Builder {
        private FieldRegistry registry = FieldRegistry.standard();
        private final Map<String, FieldBinder> binders = new HashMap<>();
        private RuleMatching ruleMatching = RuleMatching.ALL;
        private String hostname;
        private Priority minimumPriority = Priority.DEBUG;
        private boolean indexed = true;
        private final List<OutputAppend> appends = new ArrayList<>();

        private Builder() {
        }

        /** Text added to the output of {@code append.source()}'s rules where its field reads true. */
        public Builder appendOutput(OutputAppend append) {
            appends.add(append);
            return this;
        }

        public Builder registry(FieldRegistry registry) {
            this.registry = registry;
            return this;
        }

        /** How events of {@code source} expose their fields; without one, every field reads as absent. */
        public Builder binder(String source, FieldBinder binder) {
            binders.put(source, binder);
            return this;
        }

        public Builder ruleMatching(RuleMatching ruleMatching) {
            this.ruleMatching = ruleMatching;
            return this;
        }

        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /** Rules below this priority are compiled (and checked) but not run, like Falco's {@code priority}. */
        public Builder minimumPriority(Priority minimumPriority) {
            this.minimumPriority = minimumPriority;
            return this;
        }

        /**
         * With {@code false}, every rule of the event's source is evaluated for every event, ignoring the
         * evt.type index: only for measuring what the index buys (the benchmark's baseline).
         */
        public Builder ruleIndex(boolean indexed) {
            this.indexed = indexed;
            return this;
        }

        public Engine build() {
            for (OutputAppend a : appends) {
                if (registry.find(a.when()).filter(d -> d.type() == FieldType.BOOL).isEmpty()) {
                    throw new IllegalArgumentException("output append: '" + a.when() + "' is no bool field");
                }
            }
            return new Engine(this);
        }
    }
}
