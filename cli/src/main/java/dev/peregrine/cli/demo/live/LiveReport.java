package dev.peregrine.cli.demo.live;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints the live demo for a human: the alerts of each step, then the table and the verdict. */
final class LiveReport {

    private static final int STEP_WIDTH = 19;
    private static final int RULE_WIDTH = 56;

    private final PrintWriter out;
    private final boolean probe;

    LiveReport(PrintWriter out, boolean probe) {
        this.out = out;
        this.probe = probe;
    }

    void steps(Attribution attribution) {
        int i = 0;
        int n = attribution.bySteps.size();
        for (Map.Entry<StepReport, List<LiveAlert>> e : attribution.bySteps.entrySet()) {
            StepReport s = e.getKey();
            out.printf("[%d/%d] %s %s%n", ++i, n, s.attack() ? "ATTACK" : "benign", s.title());
            if (s.error() != null) {
                out.println("      driver failed: " + s.error());
            } else {
                out.println("      sent: " + s.sent());
                out.println("      got:  " + s.status() + " " + s.evidence());
            }
            if (e.getValue().isEmpty()) {
                out.println("      (no alert)");
            }
            for (LiveAlert a : e.getValue()) {
                out.println("      " + (a.correlated() ? "[kernel+jvm] " : "") + a.output());
            }
        }
        if (!attribution.demoOutsideSteps.isEmpty()) {
            out.println("Alerts about the demo's processes outside any step (start-up, shutdown):");
            for (LiveAlert a : attribution.demoOutsideSteps) {
                out.println("      " + a.output());
            }
        }
        if (!attribution.unrelated.isEmpty()) {
            out.println("Other activity on this host while the demo ran (" + attribution.unrelated.size()
                    + " alerts, not counted), e.g.:");
            for (LiveAlert a : attribution.unrelated.subList(0, Math.min(3, attribution.unrelated.size()))) {
                out.println("      " + a.output());
            }
        }
        out.println();
    }

    /**
     * The table attack → rule → detected → correlated, and the verdict; true when the demo passed. An attack counts
     * as detected by its expected rule, or, failing that, by another alert at Warning or above about the demo's
     * processes in that step: with the probe, a kernel alert joined with the JVM call stands for the operation (one
     * operation, one alert), and the note under the table says which rule caught it instead.
     */
    boolean summary(Attribution attribution) {
        out.printf("%-" + STEP_WIDTH + "s  %-" + RULE_WIDTH + "s  %-9s %s%n", "STEP", "RULE", "DETECTED", "CORRELATED");
        int attacks = 0;
        int detected = 0;
        int benign = 0;
        int noisy = 0;
        List<String> notes = new ArrayList<>();
        for (Map.Entry<StepReport, List<LiveAlert>> e : attribution.bySteps.entrySet()) {
            StepReport s = e.getKey();
            List<LiveAlert> alerts = e.getValue();
            if (s.attack()) {
                attacks++;
                boolean hit = alerts.stream().anyMatch(a -> a.rule().equals(s.expectedRule()));
                LiveAlert other = hit ? null : alerts.stream().filter(LiveAlert::loud).findFirst().orElse(null);
                detected += hit || other != null ? 1 : 0;
                if (other != null) {
                    notes.add("* " + s.id() + ": caught by '" + other.rule() + "' (" + other.priority().display()
                            + (other.correlated() ? ", kernel+jvm" : "") + ") instead of '" + s.expectedRule() + "'");
                }
                out.printf("%-" + STEP_WIDTH + "s  %-" + RULE_WIDTH + "s  %-9s %s%n", s.id(),
                        other != null ? other.rule() + " *" : s.expectedRule(), hit || other != null ? "yes" : "NO",
                        correlation(alerts));
            } else {
                benign++;
                List<String> loud = alerts.stream().filter(LiveAlert::loud).map(LiveAlert::rule).distinct().toList();
                noisy += loud.isEmpty() ? 0 : 1;
                out.printf("%-" + STEP_WIDTH + "s  %-" + RULE_WIDTH + "s  %-9s %s%n", s.id(),
                        loud.isEmpty() ? "(benign: nothing at Warning or above)" : "FALSE POSITIVE: " + String.join(", ", loud),
                        loud.isEmpty() ? "quiet" : "NOISY", "");
            }
        }
        for (String note : notes) {
            out.println(note);
        }
        boolean quietOutside = attribution.demoOutsideSteps.stream().noneMatch(LiveAlert::loud);
        boolean passed = attacks > 0 && detected == attacks && noisy == 0 && quietOutside;
        out.println();
        out.printf("%d/%d attacks detected; %d of %d benign steps raised an alert at Warning or above%s.%n", detected,
                attacks, noisy, benign, quietOutside ? "" : "; the demo app raised one outside any step");
        out.println(passed ? "PASS" : "FAIL");
        return passed;
    }

    private String correlation(List<LiveAlert> alerts) {
        if (!probe) {
            return "n/a (no probe)";
        }
        for (LiveAlert a : alerts) {
            if (a.correlated()) {
                return "yes (" + a.rule() + ")";
            }
        }
        return "no";
    }
}
