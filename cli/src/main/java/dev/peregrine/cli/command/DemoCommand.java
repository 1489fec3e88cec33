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
import dev.peregrine.cli.demo.live.DemoJars;
import dev.peregrine.cli.demo.live.LiveDemo;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code peregrine demo}: the live demo ({@link LiveDemo}: a vulnerable service attacked for real, watched by the
 * agent and, where it can run, the host probe), or with {@code --replay} the bundled recorded events replayed
 * through the default rules. Both end with a table and a verdict.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start a deliberately vulnerable Java service (demo-apps) with the Peregrine agent, attack it "
                + "for real (command injection, reverse shell, path traversal, a commons-collections gadget chain, "
                + "JNDI injection against a rogue LDAP server, a native library from /tmp, a webshell upload, a "
                + "native escape through FFM) next to ordinary traffic, print the alerts and a table of attack -> "
                + "rule -> detected -> correlated.",
                "With root and BPF the host probe runs in this process and sees kernel and JVM events together; "
                + "otherwise the agent's embedded engine evaluates the JVM rules, and the demo says so.",
                "Exit status 0 only when every attack was detected and nothing benign raised an alert at Warning "
                        + "or above."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--replay", description = "Replay the bundled recorded events (demo/scenarios.json) through the "
            + "default rules instead of running the live demo.")
    boolean replay;

    @Option(names = "--embedded", description = "Use the agent's embedded engine even where the host probe could run.")
    boolean embedded;

    @Option(names = "--keep", description = "Keep the work directory (alerts, logs, the driver's report).")
    boolean keep;

    @Option(names = "--no-build", description = "Never build a missing agent or demo jar; fail instead.")
    boolean noBuild;

    @Option(names = "--agent-jar", paramLabel = "JAR", description = "The agent jar (default: "
            + "javaagent/target/peregrine-agent.jar of the source tree).")
    Path agentJar;

    @Option(names = "--demo-jar", paramLabel = "JAR", description = "The demo app jar (default: "
            + "demo-apps/target/peregrine-demo-app.jar of the source tree).")
    Path demoJar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return replay ? replay() : live();
    }

    private int live() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DemoJars jars = DemoJars.locate(agentJar, demoJar, !noBuild, err);
            return new LiveDemo(out, err).run(jars, embedded, keep);
        } catch (RulesException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.format());
            }
            err.println("peregrine demo: the default rules do not load");
            return 1;
        } catch (IOException | IllegalStateException e) {
            err.println("peregrine demo: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("peregrine demo: interrupted");
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int replay() {
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
