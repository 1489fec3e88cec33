package dev.peregrine.cli.demo.live;

import dev.peregrine.engine.RuleMatching;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.probe.bpf.BpfSystem;
import dev.peregrine.probe.daemon.Daemon;
import dev.peregrine.probe.daemon.DaemonConfig;
import dev.peregrine.probe.daemon.RulesSource;
import dev.peregrine.rules.DefaultRules;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The host probe's daemon in this JVM for the length of the demo: default rules (host, JVM, correlated), every
 * matching rule reported, Falco JSON alerts to a file, and a JVM ring directory of its own, so the demo's agent
 * talks to this daemon and not to a probe service the machine may run.
 */
final class ProbeSession implements AutoCloseable {

    private final Daemon daemon;
    private final Thread consumer;
    private final Path ringDir;

    private ProbeSession(Daemon daemon, Path ringDir) {
        this.daemon = daemon;
        this.ringDir = ringDir;
        this.consumer = new Thread(daemon::run, "peregrine-demo-probe");
        consumer.setDaemon(true);
        consumer.start();
    }

    /** Why the probe cannot run here, or null when it can (root or CAP_BPF+CAP_PERFMON, BTF, libbpf). */
    static String unavailableReason() {
        try {
            BpfSystem.requireAvailable();
            return null;
        } catch (RuntimeException | LinkageError e) {
            return e.getMessage();
        }
    }

    static ProbeSession start(Path work, Path alerts) throws IOException, RulesException {
        // The daemon's ring directory rules: owned by us, not writable by others.
        Path ringDir = Files.createDirectory(work.resolve("jvm-rings"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        DaemonConfig config = DaemonConfig.DEFAULTS.withOutputFile(alerts).withJvmRingsDir(ringDir)
                .withRuleMatching(RuleMatching.ALL).withMetricsInterval(Duration.ZERO);
        Daemon daemon = Daemon.start(config, RulesSource.of(List.of(), DefaultRules::load), Writer.nullWriter());
        return new ProbeSession(daemon, ringDir);
    }

    Path ringDir() {
        return ringDir;
    }

    @Override
    public void close() {
        daemon.requestStop();
        try {
            daemon.awaitFinished(10, TimeUnit.SECONDS);
            consumer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
