package dev.peregrine.cli.demo.live;

import dev.peregrine.engine.diag.RulesException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The live demo from start to verdict (see the package documentation). {@link #run} returns the exit status:
 * 0 when every attack was detected and the benign traffic stayed below Warning, 1 otherwise.
 */
public final class LiveDemo {

    /** Text in every path the demo's processes touch: how kernel alerts about them are recognised. */
    static final String MARKER = "peregrine-demo";

    private final PrintWriter out;
    private final PrintWriter err;

    public LiveDemo(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * @param embedded true: never start the probe, even where it could run
     * @param keep     keep the work directory (alerts, logs) instead of deleting it
     */
    public int run(DemoJars jars, boolean embedded, boolean keep) throws IOException, InterruptedException, RulesException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path work = Files.createTempDirectory(Path.of("/tmp"), MARKER + "-");
        Path alerts = work.resolve("alerts.jsonl");
        String noProbe = embedded ? "--embedded was given" : ProbeSession.unavailableReason();
        ProbeSession probe = noProbe == null ? ProbeSession.start(work, alerts) : null;
        try {
            header(probe != null, noProbe, work);
            String options = probe != null
                    ? "mode=probe,quiet=true,alerts.log=off,ring.dir=" + probe.ringDir()
                    : "mode=embedded,quiet=true,alerts.log=off,rules.builtin=false,rules=" + jvmRules(work)
                            + ",alerts.json=" + alerts;
            List<StepReport> steps;
            long pid;
            try (DemoApp app = DemoApp.start(java, jars, options, work)) {
                pid = app.pid();
                out.println("Demo app pid " + pid + " at " + app.url() + "; running the driver...");
                out.println();
                out.flush();
                steps = DriverProcess.run(java, jars, app.url(), work);
                int exit = app.stop();
                if (exit != 0) {
                    err.println("peregrine demo: the demo app exited with " + exit + "; its log:\n" + app.log());
                }
            }
            if (probe != null) {
                Thread.sleep(300); // the daemon's last poll: kernel events and ring records still in flight
                probe.close();
                probe = null;
            }
            Attribution attribution = new Attribution(steps, LiveAlert.read(alerts), pid, MARKER);
            LiveReport report = new LiveReport(out, noProbe == null);
            report.steps(attribution);
            boolean passed = report.summary(attribution);
            if (keep) {
                out.println("Alerts, logs and the driver's report are in " + work);
            }
            return passed ? 0 : 1;
        } finally {
            if (probe != null) {
                probe.close();
            }
            out.flush();
            if (!keep) {
                delete(work);
            }
        }
    }

    private void header(boolean probe, String noProbe, Path work) {
        out.println("Peregrine demo: a LIVE run. A deliberately vulnerable Java service (demo-apps) runs with the");
        out.println("Peregrine agent; a driver sends it ordinary traffic and real attacks: command injection, a reverse");
        out.println("shell, path traversal, a commons-collections gadget chain, JNDI injection against a rogue LDAP");
        out.println("server, a native library from /tmp, a webshell upload and a native escape through FFM.");
        if (probe) {
            out.println("Mode: HOST PROBE. The eBPF probe runs in this process (private JVM ring directory under "
                    + work + "); the agent hands its events to it, and one engine sees kernel and JVM events.");
        } else {
            out.println("Mode: EMBEDDED. The host probe is not running (" + noProbe + "): the agent's embedded engine");
            out.println("evaluates the JVM rules inside the application, so there is no kernel view and no correlation.");
        }
        out.println();
    }

    /** The JVM rules of this build, so that the agent evaluates exactly what this command line ships. */
    private static Path jvmRules(Path work) throws IOException {
        try (InputStream in = LiveDemo.class.getClassLoader().getResourceAsStream("rules/jvm_rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("rules/jvm_rules.yaml is missing from the class path");
            }
            Path file = work.resolve("jvm_rules.yaml");
            Files.copy(in, file);
            return file;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
