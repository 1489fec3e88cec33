package dev.peregrine.cli.command;

import dev.peregrine.cli.rules.Engines;
import dev.peregrine.cli.rules.RuleFiles;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.LoadSummary;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.FieldBinder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the rules of a command that evaluates events. Problems go to stderr (stdout is for alerts): warnings are
 * printed and loading goes on; errors are printed, all of them, and the command stops.
 */
final class RulesLoading {

    private RulesLoading() {
    }

    /** The loaded engine, or {@code null} after reporting why there is none. */
    static Engine loadOrReport(List<Path> files, FieldBinder binder, PrintWriter err) {
        try {
            Engine engine = Engines.create(binder);
            LoadSummary summary = engine.loadFiles(RuleFiles.readOrDefaults(files));
            for (Diagnostic warning : summary.warnings()) {
                err.println(warning.format());
            }
            return engine;
        } catch (RuleFiles.CannotReadRulesException e) {
            err.println(e.getMessage());
        } catch (RulesException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.format());
            }
            err.println("peregrine: the rules have errors; nothing was evaluated.");
        }
        err.flush();
        return null;
    }
}
