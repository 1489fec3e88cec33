package dev.peregrine.cli.demo.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties alerts to the driver's steps. A JVM alert (or a correlated one) names the Java thread, which the app named
 * after the step: exact. A kernel-only alert has no thread name; it is tied to the step whose time window holds it,
 * but only when it concerns the demo's processes (the app's pid as process, parent or JVM, or the demo's files in
 * its fields). Everything else is host activity unrelated to the demo: kept apart, never counted.
 */
final class Attribution {

    /** Kernel events of a step may be reported a little after the driver saw the response. */
    static final long GRACE_MILLIS = 150;

    final Map<StepReport, List<LiveAlert>> bySteps = new LinkedHashMap<>();
    /** Alerts about the demo's processes outside any step (start-up, shutdown). */
    final List<LiveAlert> demoOutsideSteps = new ArrayList<>();
    /** Alerts about other processes of this host. */
    final List<LiveAlert> unrelated = new ArrayList<>();

    Attribution(List<StepReport> steps, List<LiveAlert> alerts, long appPid, String marker) {
        for (StepReport s : steps) {
            bySteps.put(s, new ArrayList<>());
        }
        for (LiveAlert a : alerts) {
            StepReport s = byThread(steps, a.text("jvm.thread.name"));
            if (s == null && concernsDemo(a, appPid, marker)) {
                s = byTime(steps, a.timeMillis());
                if (s == null) {
                    demoOutsideSteps.add(a);
                    continue;
                }
            }
            if (s != null) {
                bySteps.get(s).add(a);
            } else {
                unrelated.add(a);
            }
        }
    }

    private static StepReport byThread(List<StepReport> steps, String thread) {
        if (thread == null) {
            return null;
        }
        for (StepReport s : steps) {
            if (thread.equals(s.threadName())) {
                return s;
            }
        }
        return null;
    }

    private static StepReport byTime(List<StepReport> steps, long millis) {
        for (StepReport s : steps) {
            if (millis >= s.startMillis() && millis <= s.endMillis() + GRACE_MILLIS) {
                return s;
            }
        }
        return null;
    }

    static boolean concernsDemo(LiveAlert a, long appPid, String marker) {
        String pid = Long.toString(appPid);
        for (String f : List.of("jvm.pid", "proc.pid", "proc.ppid", "proc.vpid", "proc.apid[1]", "proc.apid[2]",
                "proc.apid[3]")) {
            if (pid.equals(a.text(f))) {
                return true;
            }
        }
        for (var it = a.fields().fieldNames(); it.hasNext(); ) {
            String v = a.text(it.next());
            if (v != null && v.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
