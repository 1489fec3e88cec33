package dev.peregrine.cli;

import dev.peregrine.cli.command.DemoCommand;
import dev.peregrine.cli.command.ReplayCommand;
import dev.peregrine.cli.command.RunCommand;
import dev.peregrine.cli.command.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peregrine}: the command line. Each subcommand is one class of {@link dev.peregrine.cli.command}. */
@Command(name = "peregrine", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runtime security for JVM workloads and Linux hosts, with Falco-compatible rules.",
        subcommands = {ValidateCommand.class, ReplayCommand.class, RunCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 invalid rules / bad input / failed check, 2 usage error."})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: say what there is. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: validate, replay, run or demo");
    }

    /** The command line, ready to execute; tests set its out/err writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
