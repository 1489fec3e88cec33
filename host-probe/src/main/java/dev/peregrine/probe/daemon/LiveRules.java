package dev.peregrine.probe.daemon;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.LoadSummary;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.FieldBinder;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.jvm.JvmFieldBinder;
import dev.peregrine.engine.output.OutputAppend;

import java.io.IOException;
import java.util.BitSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's engine (kernel events, and the JVM agents' events through {@link JvmFieldBinder}) and where its
 * rules come from. A reload re-reads the files and hands them to
 * {@link Engine#loadFiles}, which publishes the new rules only if all of them compile: on any problem the error is
 * logged with its {@code file:line:col} and the running rules stay. The syscalls to capture are recomputed from
 * whatever rules are active.
 */
final class LiveRules {

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.LOGGER);

    private final Engine engine;
    private final FieldUseTracker tracker;
    private final RulesSource source;

    private LiveRules(Engine engine, FieldUseTracker tracker, RulesSource source) {
        this.engine = engine;
        this.tracker = tracker;
        this.source = source;
    }

    /**
     * Every host alert on a kernel event joined with a Java call says which Java code made it, whatever rule raised
     * it (rules that print {@code jvm.*} fields themselves are left alone); one the agent's JVM made outside any
     * Java call says so.
     */
    static final OutputAppend JAVA_CALL = new OutputAppend(Sources.SYSCALL, "jvm.correlated",
            "| java: caller=%jvm.caller op=%jvm.op thread=%jvm.thread.name frame=%jvm.stack.head");
    static final OutputAppend NO_JAVA_CALL = new OutputAppend(Sources.SYSCALL, "jvm.unexplained",
            "| java: no Java call (native code in a JVM with the agent) unexplained=%jvm.unexplained");

    /** Builds the engine and loads the rules once; here, unlike at reload, a problem stops the daemon. */
    static LiveRules load(DaemonConfig config, RulesSource source, FieldBinder syscallFields, String hostname)
            throws IOException, RulesException {
        FieldUseTracker tracker = new FieldUseTracker(syscallFields);
        Engine engine = Engine.builder()
                .binder(Sources.SYSCALL, tracker)
                .binder(Sources.JVM, new JvmFieldBinder())
                .ruleMatching(config.ruleMatching())
                .minimumPriority(config.minimumPriority())
                .hostname(hostname)
                .appendOutput(JAVA_CALL)
                .appendOutput(NO_JAVA_CALL)
                .build();
        LiveRules rules = new LiveRules(engine, tracker, source);
        rules.logLoaded(engine.loadFiles(source.read()), "loaded");
        return rules;
    }

    /** Re-reads and recompiles the rules; false (after logging why) if the previous rules stay. */
    boolean reload() {
        boolean fdFieldsBefore = tracker.fdFieldsUsed();
        try {
            var files = source.read();
            tracker.reset();
            logLoaded(engine.loadFiles(files), "reloaded");
            return true;
        } catch (IOException e) {
            LOG.error("rules reload failed: {}; the previous rules stay active", e.getMessage());
        } catch (RulesException e) {
            tracker.restore(fdFieldsBefore);
            for (Diagnostic d : e.diagnostics()) {
                if (d.isError()) {
                    LOG.error("{}", d.format());
                } else {
                    LOG.warn("{}", d.format());
                }
            }
            LOG.error("rules reload failed: the previous rules stay active");
        } catch (RuntimeException e) {
            tracker.restore(fdFieldsBefore);
            LOG.error("rules reload failed: {}; the previous rules stay active", e.toString());
        }
        return false;
    }

    Engine engine() {
        return engine;
    }

    /** The slots the kernel must send for the active rules. */
    BitSet wanted() {
        return WantedSyscalls.compute(engine, tracker.fdFieldsUsed());
    }

    private void logLoaded(LoadSummary s, String verb) {
        for (Diagnostic w : s.warnings()) {
            LOG.warn("{}", w.format());
        }
        LOG.info("rules {}: {} rules ({} active), {} macros, {} lists", verb, s.rules(), s.enabledRules(),
                s.macros(), s.lists());
    }
}
