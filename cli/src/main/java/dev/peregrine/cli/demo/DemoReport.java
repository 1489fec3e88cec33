package dev.peregrine.cli.demo;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoText;
import dev.peregrine.engine.rules.Priority;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;

/** Prints the demo for a human: each event with the alerts it raised, then the attack → rule → detected table. */
public final class DemoReport {

    private static final int ATTACK_WIDTH = 66;

    private final PrintWriter out;
    private final ZoneId zone;

    public DemoReport(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    public void header(int attacks, int benign) {
        out.println("Peregrine demo: a REPLAY of " + (attacks + benign) + " recorded events (" + attacks
                + " attack steps, " + benign + " benign events) through the default rules.");
        out.println("The events are recorded, not captured live: they go through the same parser, binder and engine as");
        out.println("`peregrine replay` (" + Scenarios.RESOURCE + "). The live demo, a real service attacked while the");
        out.println("agent and the kernel probe watch, is `peregrine demo` without --replay.");
        out.println();
    }

    public void event(int index, int total, Outcome outcome) {
        out.printf("[%d/%d] %s%n", index, total, outcome.scenario().attack());
        if (outcome.alerts().isEmpty()) {
            out.println("      (no alert)");
        }
        for (Alert alert : outcome.alerts()) {
            out.println("      " + FalcoText.line(alert, zone));
        }
    }

    /** The summary table and verdict; returns whether the demo passed. */
    public boolean summary(List<Outcome> outcomes) {
        out.println();
        out.printf("%-" + ATTACK_WIDTH + "s  %-40s  %s%n", "ATTACK", "RULE", "DETECTED");
        int attacks = 0;
        int detected = 0;
        int benign = 0;
        int falsePositives = 0;
        for (Outcome o : outcomes) {
            Scenario s = o.scenario();
            if (s.isAttack()) {
                attacks++;
                detected += o.passed() ? 1 : 0;
                out.printf("%-" + ATTACK_WIDTH + "s  %-40s  %s%n", clip(s.attack()), s.expectedRule(),
                        o.passed() ? "yes" : "NO  <-- missed");
            } else {
                benign++;
                falsePositives += o.passed() ? 0 : 1;
                out.printf("%-" + ATTACK_WIDTH + "s  %-40s  %s%n", clip(s.attack()), "(none expected)",
                        o.passed() ? quietVerdict(o) : "FALSE POSITIVE: " + loudRules(o));
            }
        }
        boolean passed = detected == attacks && falsePositives == 0;
        out.println();
        out.printf("%d/%d attack steps detected; %d of %d benign events raised an alert at Warning or above.%n",
                detected, attacks, falsePositives, benign);
        out.println(passed ? "PASS" : "FAIL");
        return passed;
    }

    private static String quietVerdict(Outcome o) {
        return o.alerts().isEmpty() ? "no (good)" : "no (only below Warning)";
    }

    private static String loudRules(Outcome o) {
        StringBuilder sb = new StringBuilder();
        for (Alert a : o.alerts()) {
            if (a.priority().atLeast(Priority.WARNING)) {
                sb.append(sb.isEmpty() ? "" : ", ").append(a.rule());
            }
        }
        return sb.toString();
    }

    private static String clip(String text) {
        return text.length() <= ATTACK_WIDTH ? text : text.substring(0, ATTACK_WIDTH - 3) + "...";
    }
}
