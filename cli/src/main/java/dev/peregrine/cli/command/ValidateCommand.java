package dev.peregrine.cli.command;

import dev.peregrine.cli.replay.ReplayFieldBinder;
import dev.peregrine.cli.rules.Engines;
import dev.peregrine.cli.rules.RuleFiles;
import dev.peregrine.engine.LoadSummary;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.rules.RulesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code peregrine validate FILE...}: loads and compiles rules as the engine would, like {@code falco -V}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Load and compile rules files as the engine would (like falco -V) and report every error "
                + "and warning with file:line:col, the source line and a caret.",
                "Exit status 0 when the rules are valid (warnings allowed), 1 otherwise."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Rules files, loaded in order as one rule set. Default: Peregrine's default rules.")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RulesFile> rules;
        try {
            rules = RuleFiles.readOrDefaults(files);
        } catch (RuleFiles.CannotReadRulesException e) {
            out.println(e.getMessage());
            return 1;
        }
        String names = String.join(", ", rules.stream().map(RulesFile::name).toList());
        try {
            LoadSummary summary = Engines.create(new ReplayFieldBinder()).loadFiles(rules);
            summary.warnings().forEach(w -> out.println(w.format()));
            out.printf("%s: valid: %s (%d enabled), %s, %s, %s%n", names, count(summary.rules(), "rule"),
                    summary.enabledRules(), count(summary.macros(), "macro"), count(summary.lists(), "list"),
                    count(summary.warnings().size(), "warning"));
            return 0;
        } catch (RulesException e) {
            int errors = 0;
            for (Diagnostic d : e.diagnostics()) {
                out.println(d.format());
                errors += d.isError() ? 1 : 0;
            }
            out.printf("%s: invalid: %s, %s%n", names, count(errors, "error"),
                    count(e.diagnostics().size() - errors, "warning"));
            return 1;
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
