package dev.peregrine.cli.command;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --rules FILE}, repeatable, shared by the commands that evaluate events. */
public final class RulesOption {

    @Option(names = {"-r", "--rules"}, paramLabel = "FILE",
            description = "Rules file; repeat for more, loaded in order (later files may append to or override "
                    + "earlier ones). Default: Peregrine's default rules.")
    List<Path> files = new ArrayList<>();
}
