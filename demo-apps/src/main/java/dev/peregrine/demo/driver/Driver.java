package dev.peregrine.demo.driver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -cp peregrine-demo-app.jar dev.peregrine.demo.driver.Driver --url http://127.0.0.1:PORT}: sends every
 * {@link Steps step} to the demo app and prints one JSON object per step on stdout:
 * {@code {"step","title","kind":"attack|benign","expect","sent","status","evidence","start_ms","end_ms"}}
 * (epoch milliseconds). Steps are spaced by {@code --pause-ms} (default 200) so that time windows do not overlap.
 * Exit 0 when every step got an HTTP answer (whatever it was), 1 otherwise.
 */
public final class Driver {

    private Driver() {
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        long pause = 200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--pause-ms" -> pause = Long.parseLong(args[++i]);
                default -> usage();
            }
        }
        if (url == null) {
            usage();
        }
        boolean ok = true;
        for (Report r : run(url, pause)) {
            System.out.println(r.json());
            ok &= r.error() == null;
        }
        System.out.flush();
        System.exit(ok ? 0 : 1);
    }

    private static void usage() {
        System.err.println("usage: Driver --url http://127.0.0.1:PORT [--pause-ms N]");
        System.exit(2);
    }

    /** Runs every step against the app at {@code url}; a step that fails is reported and the others still run. */
    public static List<Report> run(String url, long pauseMillis) throws Exception {
        List<Report> reports = new ArrayList<>();
        Http http = new Http(url);
        try (RogueLdap ldap = new RogueLdap(); ShellListener listener = new ShellListener()) {
            for (Step step : Steps.all(ldap, listener)) {
                http.requestId(step.id());
                long start = System.currentTimeMillis();
                Step.Outcome outcome = null;
                String error = null;
                try {
                    outcome = step.action().perform(http);
                } catch (Exception e) {
                    error = e.toString();
                }
                reports.add(new Report(step, outcome, error, start, System.currentTimeMillis()));
                log(System.err, step, outcome, error);
                Thread.sleep(pauseMillis);
            }
        }
        return reports;
    }

    private static void log(PrintStream err, Step step, Step.Outcome outcome, String error) {
        err.println("driver: " + step.id() + ": " + (error != null ? "FAILED " + error
                : outcome.status() + " " + outcome.evidence()));
    }
}
