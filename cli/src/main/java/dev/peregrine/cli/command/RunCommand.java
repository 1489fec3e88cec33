package dev.peregrine.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code peregrine run}: the live host probe. The options are final; the probe is wired in here once the
 * {@code dev.peregrine.probe} API lands. Until then the command says so plainly and fails, rather than
 * pretending to watch the host.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Watch this host live: load Peregrine's eBPF programs, evaluate kernel events (and events "
                + "from JVMs running the Peregrine agent) against the rules, and emit alerts until stopped.",
                "Needs root (CAP_BPF, CAP_PERFMON) and a kernel with BTF (/sys/kernel/btf/vmlinux)."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Mixin
    OutputOptions output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Probe configuration file (e.g. /etc/peregrine/peregrine.yaml).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("peregrine run: the live host probe is not wired into this build yet. "
                + "To see the detections now, run `peregrine demo` (recorded attack replay) or "
                + "`peregrine replay --events FILE`.");
        return 1;
    }
}
