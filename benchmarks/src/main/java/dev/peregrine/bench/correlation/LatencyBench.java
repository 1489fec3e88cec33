package dev.peregrine.bench.correlation;

import dev.peregrine.probe.daemon.Daemon;
import dev.peregrine.probe.daemon.DaemonConfig;
import dev.peregrine.probe.daemon.RulesSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Syscall-to-alert latency through the real daemon, in this JVM, with real eBPF: latency = the moment the alert is
 * written to the daemon's JSON sink ({@link AlertClock}) minus the kernel event's timestamp, both CLOCK_MONOTONIC.
 * Phases, each idle and under a background load of opens the rules capture (100 K/s by default):
 * <ol>
 *   <li>baseline: the bare kernel probe ({@link BareProbe}), no rules: ring delivery alone;</li>
 *   <li>uncorrelated: a C process without an agent opens a file a rule matches (evaluated at once);</li>
 *   <li>correlated: a real JVM with the agent in {@code mode=probe} opens a file; the daemon holds the kernel open
 *       until the agent's record for that call arrives through the ring, joins them and raises one alert with the
 *       {@code jvm.*} fields.</li>
 * </ol>
 */
final class LatencyBench {

    private static final long SETTLE_MILLIS = 300;
    private final BenchSettings s;
    private final List<PhaseResult> bareResults = new ArrayList<>();
    private final List<PhaseResult> results = new ArrayList<>();

    LatencyBench(BenchSettings settings) {
        this.s = settings;
    }

    void run() throws Exception {
        Path work = WorkDir.prepare(s.workDir());
        BenchRules rules = BenchRules.create(work);
        bare(rules, false);
        bare(rules, true);
        DaemonConfig config = DaemonConfig.DEFAULTS.withJvmRingsDir(work.resolve("jvm")).withJsonStdout();
        // The daemon's JSON alert channel is this Writer: it timestamps each alert as the daemon's sink writes it.
        AlertClock clock = new AlertClock(MonotonicOffset.measure());
        Daemon daemon = Daemon.start(config, RulesSource.of(List.of(rules.rulesFile), List::of), clock);
        Thread consumer = new Thread(daemon::run, "daemon");
        consumer.start();
        String gap = null;
        try (TriggerJvmProcess jvm = TriggerJvmProcess.start(s.agentJar(), work.resolve("jvm"), rules.jvmTarget,
                work.resolve("trigger-jvm.log"))) {
            kernelPhase(rules, clock, "warm-up", false, s.warmUpSeconds()); // not reported
            gap = warmUpJoin(jvm, clock);
            results.add(kernelPhase(rules, clock, "uncorrelated, idle", false, s.seconds()));
            if (gap == null) {
                results.add(jvmPhase(jvm, clock, "correlated (JVM + agent), idle", false, rules));
            }
            results.add(kernelPhase(rules, clock, "uncorrelated, loaded", true, s.seconds()));
            if (gap == null) {
                results.add(jvmPhase(jvm, clock, "correlated (JVM + agent), loaded", true, rules));
            }
        } finally {
            daemon.requestStop();
            daemon.awaitFinished(15, TimeUnit.SECONDS);
            consumer.join(5_000);
        }
        LatencyReport.print(s, bareResults, results, gap, clock);
    }

    private void bare(BenchRules rules, boolean loaded) throws Exception {
        try (BareProbe probe = BareProbe.attach()) {
            // Warm-up (not measured): the consumer's code paths get compiled before the first measured event.
            LoadProcess warm = LoadProcess.start(s.loadGen(), rules.markerFile, s.triggerRate(), s.warmUpSeconds(), -1);
            probe.watch(warm.pid());
            warm.await();
            Load load = loaded ? Load.start(s, rules) : null;
            long from = System.nanoTime();
            long hostFrom = probe.hostRecords();
            LoadProcess marker = LoadProcess.start(s.loadGen(), rules.markerFile, s.triggerRate(), s.seconds(), -1);
            probe.watch(marker.pid());
            marker.await();
            long to = System.nanoTime();
            double hostRate = (probe.hostRecords() - hostFrom) * 1e9 / (to - from);
            Thread.sleep(SETTLE_MILLIS);
            String note = String.format("all opens on the host: %,.0f/s", hostRate)
                    + (load == null ? "" : "; " + load.finish());
            bareResults.add(new PhaseResult("ring delivery only (bare probe), " + (loaded ? "loaded" : "idle"),
                    probe.log.window(from, to), -1, note));
        }
    }

    private PhaseResult kernelPhase(BenchRules rules, AlertClock clock, String name, boolean loaded, double seconds)
            throws Exception {
        Load load = loaded ? Load.start(s, rules) : null;
        GcWatch gc = GcWatch.now();
        long from = System.nanoTime();
        long[] done = LoadProcess.start(s.loadGen(), rules.markerFile, s.triggerRate(), seconds, -1).await();
        long to = System.nanoTime();
        Thread.sleep(SETTLE_MILLIS);
        String note = gc.since() + (load == null ? "" : "; " + load.finish());
        return new PhaseResult(name, clock.kernel.window(from, to), done[0], note);
    }

    private PhaseResult jvmPhase(TriggerJvmProcess jvm, AlertClock clock, String name, boolean loaded,
                                 BenchRules rules) throws Exception {
        Load load = loaded ? Load.start(s, rules) : null;
        GcWatch gc = GcWatch.now();
        long from = System.nanoTime();
        long opens = jvm.open(s.triggerRate(), s.seconds() * 1000L);
        long to = System.nanoTime();
        Thread.sleep(SETTLE_MILLIS);
        String note = gc.since() + (load == null ? "" : "; " + load.finish());
        int unjoined = clock.unjoined.window(from, to).length;
        return new PhaseResult(name, clock.joined.window(from, to), opens,
                (unjoined > 0 ? unjoined + " opens alerted without the join; " : "") + note);
    }

    /**
     * Runs the JVM until the daemon has picked up its ring and joined one of its opens (the ring is found through
     * inotify, the agent's first records come after its start-up); returns null, or why the correlated path is missing.
     */
    private String warmUpJoin(TriggerJvmProcess jvm, AlertClock clock) throws IOException {
        long millis = (long) (s.warmUpSeconds() * 1000);
        for (long spent = 0; spent < 10_000; spent += millis) {
            jvm.open(s.triggerRate(), millis);
            if (clock.joined.size() > 0) {
                return null;
            }
        }
        return "no joined alert after 10 s of opens by the agent-attached JVM (pid " + jvm.pid() + "): "
                + clock.unjoined.size() + " of its opens alerted without the join";
    }
}
