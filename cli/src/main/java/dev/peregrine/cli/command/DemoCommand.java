package dev.peregrine.cli.command;

import dev.peregrine.cli.demo.DemoReport;
import dev.peregrine.cli.demo.DemoRun;
import dev.peregrine.cli.demo.Outcome;
import dev.peregrine.cli.demo.Scenario;
import dev.peregrine.cli.demo.Scenarios;
import dev.peregrine.cli.replay.EventParser;
import dev.peregrine.cli.replay.ReplayFieldBinder;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.fields.FieldRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code peregrine demo}: replays the bundled attack scenarios through the default rules, with a verdict. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Replay a bundled set of recorded attack steps (a JVM spawning a shell, /etc/shadow read by "
                + "an untrusted program, private key search, log clearing, ptrace injection, fileless execution...) "
                + "and benign events through the default rules; print the alerts and a table of attack -> rule -> "
                + "detected.",
                "This is a replay of recorded events, not a live capture (that is `peregrine run`).",
                "Exit status 0 only when every attack step was detected and no benign event raised an alert at "
                        + "Warning or above."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = RulesLoading.loadOrReport(List.of(), new ReplayFieldBinder(), spec.commandLine().getErr());
        if (engine == null) {
            return 1;
        }
        List<Scenario> scenarios = Scenarios.load();
        DemoRun run = new DemoRun(engine, new EventParser(FieldRegistry.standard(), Clock.systemUTC()));
        DemoReport report = new DemoReport(out, ZoneId.systemDefault());
        int attacks = (int) scenarios.stream().filter(Scenario::isAttack).count();
        report.header(attacks, scenarios.size() - attacks);
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            Outcome outcome = run.run(scenario);
            outcomes.add(outcome);
            report.event(outcomes.size(), scenarios.size(), outcome);
        }
        boolean passed = report.summary(outcomes);
        out.flush();
        return passed ? 0 : 1;
    }
}
