package dev.peregrine.bench.agent;

import java.util.Locale;
import org.openjdk.jmh.util.ListStatistics;

/**
 * One measurement taken without and with the agent in the same run: the samples of both variants, and the ratio and
 * the difference between them. JMH figures are compared by their means with a 99.9 % confidence interval (as JMH
 * prints them); launches of whole JVMs, few and exposed to every hiccup of a busy machine, by their medians.
 */
final class Comparison {

    enum Center { MEAN, MEDIAN }

    private final String name;
    private final String unit;
    private final Center center;
    private final ListStatistics baseline = new ListStatistics();
    private final ListStatistics agent = new ListStatistics();

    Comparison(String name, String unit, Center center) {
        this.name = name;
        this.unit = unit;
        this.center = center;
    }

    void add(boolean withAgent, double value) {
        (withAgent ? agent : baseline).addValue(value);
    }

    String name() {
        return name;
    }

    double baseline() {
        return value(baseline);
    }

    double withAgent() {
        return value(agent);
    }

    double ratio() {
        return withAgent() / baseline();
    }

    double added() {
        return withAgent() - baseline();
    }

    /** One row of a Markdown table: name, baseline, with agent, ratio, added. */
    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", name, cell(baseline), cell(agent),
                ratioCell(), format(added()) + " " + unit);
    }

    static String header(String what) {
        return "| " + what + " | baseline | with agent | ratio | added |\n|---|---:|---:|---:|---:|";
    }

    private String cell(ListStatistics s) {
        if (s.getN() == 0) {
            return "n/a";
        }
        if (center == Center.MEDIAN) {
            return format(s.getPercentile(50)) + " " + unit + " (min " + format(s.getMin()) + ", n=" + s.getN() + ")";
        }
        return format(s.getMean()) + (s.getN() > 2 ? " ± " + format(error(s)) : "") + " " + unit;
    }

    private String ratioCell() {
        String r = String.format(Locale.ROOT, "%.3f", ratio());
        if (center == Center.MEAN && baseline.getN() > 2 && agent.getN() > 2) {
            double relative = Math.hypot(error(baseline) / baseline(), error(agent) / withAgent());
            r += String.format(Locale.ROOT, " ± %.3f", ratio() * relative);
        }
        return r;
    }

    private double value(ListStatistics s) {
        return center == Center.MEDIAN ? s.getPercentile(50) : s.getMean();
    }

    private static double error(ListStatistics s) {
        return s.getMeanErrorAt(0.999);
    }

    private static String format(double v) {
        double a = Math.abs(v);
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }
}
