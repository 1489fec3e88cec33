package dev.peregrine.cli.command;

import ch.qos.logback.classic.Level;
import dev.peregrine.rules.DefaultRules;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.sink.Slf4jSink;
import dev.peregrine.probe.bpf.BpfUnavailableException;
import dev.peregrine.probe.daemon.Daemon;
import dev.peregrine.probe.daemon.DaemonConfig;
import dev.peregrine.probe.daemon.DaemonConfigReader;
import dev.peregrine.probe.daemon.DaemonSignals;
import dev.peregrine.probe.daemon.RulesSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.slf4j.LoggerFactory;

/**
 * {@code peregrine run}: the host daemon ({@link Daemon}) in the foreground. This class only turns the
 * configuration file and the options into a {@link DaemonConfig} (options win), sets up logging, and maps each way
 * of failing to one message on stderr and an exit status; the daemon package does the rest.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Watch this host live: load Peregrine's eBPF programs, evaluate kernel events against the rules "
                + "and emit alerts until stopped (SIGTERM or Ctrl-C). SIGHUP reloads the rules; a bad file is "
                + "reported and the running rules stay. SIGUSR1 logs the metrics line.",
                "Alerts always go to the log (logger peregrine.alerts, on stderr), as Falco JSON lines to stdout with "
                + "--json (or json_output: true), and to --output-file (or file_output) as JSON lines.",
                "Needs root (CAP_BPF, CAP_PERFMON) and a kernel with BTF (/sys/kernel/btf/vmlinux)."},
        footer = {"", "Exit status: 0 stopped by SIGTERM/SIGINT, 1 bad configuration, rules or output file, "
                + "3 this machine cannot run the probe (the message says what is missing), "
                + "4 stopped by syscall_event_drops action 'exit'."})
public final class RunCommand implements Callable<Integer> {

    static final int EXIT_BAD_INPUT = 1;
    static final int EXIT_NO_PROBE = 3;

    @Mixin
    RulesOption rules;

    @Mixin
    OutputOptions output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration in falco.yaml form (e.g. /etc/peregrine/peregrine.yaml): rules_files, "
                    + "priority, rule_matching, json_output, file_output, stdout_output, syscall_event_drops, "
                    + "log_level, metrics. Options given here override it.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            DaemonConfig settings = settings(err);
            configureLogging(settings.logLevel());
            Daemon daemon = Daemon.start(settings, RulesSource.of(settings.rulesFiles(), DefaultRules::load),
                    spec.commandLine().getOut());
            DaemonSignals.install(daemon);
            return daemon.run();
        } catch (RulesException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d.format());
            }
            err.println("peregrine run: not started: fix the errors above.");
            return EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("peregrine run: " + e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (BpfUnavailableException e) {
            // The message names what is missing and how to fix it: a stack trace would only hide it.
            err.println("peregrine run: cannot start the host probe: " + e.getMessage());
            return EXIT_NO_PROBE;
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            err.println("peregrine run: " + e.getMessage());
            return EXIT_BAD_INPUT;
        } finally {
            err.flush();
        }
    }

    /** The configuration file (or the defaults), then the command-line options on top. */
    private DaemonConfig settings(PrintWriter err) throws IOException, RulesException {
        DaemonConfig c = DaemonConfig.DEFAULTS;
        if (config != null) {
            DaemonConfigReader.Result read = DaemonConfigReader.read(config);
            for (Diagnostic w : read.warnings()) {
                err.println(w.format());
            }
            c = read.config();
        }
        List<Path> files = rules.files;
        if (!files.isEmpty()) {
            c = c.withRulesFiles(files);
        }
        if (output.json) {
            c = c.withJsonStdout();
        }
        if (output.outputFile != null) {
            c = c.withOutputFile(output.outputFile);
        }
        return c;
    }

    /**
     * {@code log_level} sets the root logger; the alerts logger is turned on, since for a daemon the log is where
     * alerts are read (unless PEREGRINE_ALERTS_LOG chose a level already).
     */
    private static void configureLogging(String logLevel) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(switch (logLevel.toLowerCase(Locale.ROOT)) {
                case "emergency", "alert", "critical", "error" -> Level.ERROR;
                case "warning" -> Level.WARN;
                case "debug" -> Level.DEBUG;
                default -> Level.INFO;
            });
        }
        if (System.getenv("PEREGRINE_ALERTS_LOG") == null
                && LoggerFactory.getLogger(Slf4jSink.LOGGER) instanceof ch.qos.logback.classic.Logger alerts) {
            alerts.setLevel(Level.TRACE);
        }
    }
}
