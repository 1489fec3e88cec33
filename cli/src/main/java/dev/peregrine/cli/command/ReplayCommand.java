package dev.peregrine.cli.command;

import dev.peregrine.cli.output.AlertOutputs;
import dev.peregrine.cli.replay.EventFileReader;
import dev.peregrine.cli.replay.EventParser;
import dev.peregrine.cli.replay.ReplayFieldBinder;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.fields.FieldRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code peregrine replay}: evaluates rules against events written as JSON lines, no kernel needed. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Evaluate rules against recorded events: one flat JSON object per line mapping field names "
                + "to values, e.g.",
                "  {\"evt.type\":\"openat\",\"proc.name\":\"cat\",\"fd.name\":\"/etc/shadow\",\"evt.is_open_read\":true}",
                "Alerts go to stdout (Falco text lines, or Falco JSON with --json). Every bad line is reported with "
                        + "its line number and skipped; the exit status is then 1. See docs/rules.md."})
public final class ReplayCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Option(names = {"-e", "--events"}, required = true, paramLabel = "FILE",
            description = "JSON-lines events file, or - for stdin.")
    String events;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Engine engine = RulesLoading.loadOrReport(rules.files, new ReplayFieldBinder(), err);
        if (engine == null) {
            return 1;
        }
        EventFileReader reader = new EventFileReader(new EventParser(FieldRegistry.standard(), Clock.systemUTC()));
        // The events first: a missing events file must not leave an empty alerts file behind.
        try (BufferedReader in = open(events);
             AlertOutputs alerts = AlertOutputs.open(output.json, output.outputFile, output.logAlerts, out)) {
            String name = events.equals("-") ? "<stdin>" : events;
            EventFileReader.Stats stats = reader.read(name, in,
                    (event, line) -> engine.evaluate(event, alerts), bad -> err.println(bad.format()));
            out.flush();
            err.printf("peregrine: replayed %s from %s: %s%s%n", ValidateCommand.count(stats.events(), "event"),
                    name, alerts.summary(),
                    stats.badLines() == 0 ? "" : "; " + ValidateCommand.count(stats.badLines(), "bad line")
                            + " skipped");
            if (alerts.failures() > 0) {
                // An alert lost on one output (a full disk under --output-file) is a failed replay, not a detail.
                err.println("peregrine: " + alerts.failures() + " alert deliveries failed (see the log above)");
                return 1;
            }
            return stats.badLines() == 0 ? 0 : 1;
        } catch (NoSuchFileException e) {
            err.println(e.getFile() + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("peregrine: " + e.getMessage());
            return 1;
        }
    }

    private static BufferedReader open(String events) throws IOException {
        if (events.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(events), StandardCharsets.UTF_8);
    }
}
