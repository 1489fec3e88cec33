package dev.peregrine.agent.embedded;

import dev.peregrine.agent.AgentLog;
import dev.peregrine.agent.alert.AlertLogSink;
import dev.peregrine.agent.capture.ProcessInfo;
import dev.peregrine.agent.config.AgentOptions;
import dev.peregrine.agent.pipeline.EventSink;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.LoadSummary;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.jvm.JvmFieldBinder;
import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.engine.sink.AlertSink;
import dev.peregrine.engine.sink.JsonLinesSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the engine embedded in the agent: the standard field registry, the {@code jvm} binder, the built-in
 * {@code rules/jvm_rules.yaml} (from the rules module, inside the agent jar) followed by the user's files, and the
 * alert outputs. A rules error is printed with file, line and column and leaves the agent recording without
 * evaluating: never a failed application start.
 */
public final class EmbeddedEngine {

    static final String BUILTIN_RULES = "rules/jvm_rules.yaml";

    private EmbeddedEngine() {
    }

    public static Optional<EventSink> create(AgentOptions options, ProcessInfo proc) throws IOException {
        Engine engine = Engine.builder().registry(FieldRegistry.standard())
                .binder(Sources.JVM, new JvmFieldBinder()).build();
        try {
            LoadSummary summary = engine.loadFiles(rulesFiles(options));
            for (Diagnostic warning : summary.warnings()) {
                AgentLog.info(warning.format());
            }
            AgentLog.info("embedded engine: " + summary.enabledRules() + " rules enabled");
        } catch (RulesException e) {
            StringBuilder b = new StringBuilder("rules not loaded, events are not evaluated:");
            for (Diagnostic d : e.diagnostics()) {
                b.append('\n').append(d.format());
            }
            AgentLog.warn(b.toString());
            return Optional.empty();
        }
        JvmEvent event = new JvmEvent(proc);
        List<AlertSink> outputs = new ArrayList<>();
        if (!options.alertsLog().equals("off")) {
            outputs.add(new AlertLogSink(options.alertsLog(), () -> event.e.callerLoader));
        }
        if (options.alertsJson() != null) {
            outputs.add(JsonLinesSink.file(options.alertsJson(), ZoneId.systemDefault()));
        }
        return Optional.of(new EngineSink(engine, event, outputs, options.testEngineDelayMillis(),
                options.testFaults().contains("engine-throws")));
    }

    static List<RulesFile> rulesFiles(AgentOptions options) throws IOException {
        List<RulesFile> files = new ArrayList<>();
        if (options.builtinRules()) {
            try (InputStream in = EmbeddedEngine.class.getClassLoader().getResourceAsStream(BUILTIN_RULES)) {
                if (in == null) {
                    throw new IOException("built-in rules " + BUILTIN_RULES + " missing from the agent jar");
                }
                files.add(new RulesFile("jvm_rules.yaml (built-in)", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        for (Path p : options.rules()) {
            files.add(RulesFile.read(p));
        }
        return files;
    }
}
