package dev.peregrine.probe.daemon;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sun.misc.Signal;

/**
 * Unix signals of a running daemon, as systemd and operators send them: HUP reloads the rules, TERM and INT stop
 * cleanly (links destroyed, ring unmapped, exit 0), USR1 logs the metrics line now. Handlers run on the JVM's
 * signal thread and only set flags on the {@link Daemon}; the consumer thread does the work between two polls.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported) is the only JDK API for catching HUP and USR1; handling TERM
 * and INT with it also replaces the JVM's default of running shutdown hooks and exiting at once, so the consumer
 * finishes its poll and detaches before the process exits. A shutdown hook remains for every other way out
 * ({@code System.exit} elsewhere, a signal we could not claim): it asks the daemon to stop and waits a little.
 */
public final class DaemonSignals {

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.LOGGER);

    private DaemonSignals() {
    }

    public static void install(Daemon daemon) {
        handle("HUP", s -> {
            LOG.info("SIGHUP: reloading the rules");
            daemon.requestReload();
        });
        handle("TERM", s -> daemon.requestStop());
        handle("INT", s -> daemon.requestStop());
        handle("USR1", s -> daemon.requestMetrics());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            daemon.requestStop();
            try {
                daemon.awaitFinished(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "peregrine-shutdown"));
    }

    private static void handle(String name, sun.misc.SignalHandler handler) {
        try {
            Signal.handle(new Signal(name), handler);
        } catch (IllegalArgumentException e) {
            // The JVM reserves some signals (e.g. when started with -Xrs): say which feature is lost.
            LOG.warn("cannot handle SIG{} here ({}): that signal keeps its default effect", name, e.getMessage());
        }
    }
}
