/**
 * Each default host rule triggered for real, through the real eBPF probe: one {@link LiveDaemon} (the production
 * {@code Daemon} with the production default rules plus a sentinel rule, every rule reported, Falco JSON to a file)
 * runs for the whole package, and each test makes the real syscalls a rule watches from child processes (the probe
 * never traces its own JVM): {@code ln -s} over {@code /etc/shadow}, a reverse shell into a loopback listener,
 * {@code ptrace} attach, {@code memfd_create} + exec, {@code init_module} with a bogus image...
 *
 * <p>Every rule has a positive test ({@link Triggers}) and a near miss that must stay silent ({@link NearMiss});
 * {@link RuleCoverageTest} fails when a rule lacks either. Each action carries a unique marker (in a file name or in
 * the command line) so that an alert is matched to the test that caused it, never to whatever else runs on the
 * machine; silence is asserted after a sentinel barrier ({@link LiveDaemon#assertNone}), so a late alert cannot
 * slip past the check.
 *
 * <p>Container-only rules need a process in a container. There is no container runtime here, but the probe knows
 * containers the way Falco does, from the cgroup path: {@link FakeContainer} moves the test JVM into a cgroup named
 * like a docker container's for the duration of one action, so the children it starts are, to the kernel and the
 * probe, in that container.
 *
 * <p>{@link BenignWorkloadTest} is the noise check: everyday administration and a small Java build raise nothing at
 * Warning or above.
 */
package dev.peregrine.probe.detections;
