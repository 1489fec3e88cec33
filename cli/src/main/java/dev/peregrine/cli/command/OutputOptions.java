package dev.peregrine.cli.command;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where alerts go, shared by {@code replay} and {@code run}. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print alerts on stdout as Falco JSON lines instead of Falco text lines.")
    boolean json;

    @Option(names = {"-o", "--output-file"}, paramLabel = "FILE",
            description = "Also append alerts to FILE as Falco JSON lines (created if missing).")
    Path outputFile;

    @Option(names = "--log-alerts",
            description = "Also log alerts through SLF4J (logger peregrine.alerts, to stderr by default; "
                    + "same as PEREGRINE_ALERTS_LOG=INFO).")
    boolean logAlerts;
}
