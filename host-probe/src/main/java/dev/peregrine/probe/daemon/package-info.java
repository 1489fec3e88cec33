/**
 * The host daemon behind {@code peregrine run}: it wires the kernel probe ({@code dev.peregrine.probe.kernel}), the
 * host state and syscall fields ({@code dev.peregrine.probe.state}, {@code .fields}) and the rules engine
 * ({@code dev.peregrine.engine}) into one pipeline, and runs it until told to stop.
 *
 * <p>Design:
 * <ul>
 *   <li><b>One consumer thread.</b> {@link dev.peregrine.probe.daemon.Daemon#run} polls the ring; for each record it
 *       counts the type, updates host state (fork/exec/exit, fd creation) and evaluates the one reused event. No
 *       allocation per event beyond what rules ask for; no locks. Signal handlers
 *       ({@link dev.peregrine.probe.daemon.DaemonSignals}) only set flags that the consumer checks between polls: a
 *       reload (SIGHUP) never runs concurrently with evaluation, and the programs stay attached, so events that
 *       happen during a reload wait in the ring. A poll handles at most 4096 records, so under any load the flags and
 *       the once-a-second drop check are looked at within one batch.</li>
 *   <li><b>Fail at start, survive at runtime.</b> {@link dev.peregrine.probe.daemon.Daemon#start} loads rules, opens
 *       outputs and attaches the probe, and any problem there ends the program with one message. Once running, a bad
 *       rules file at reload is logged with {@code file:line:col} and the previous rules stay
 *       ({@link dev.peregrine.probe.daemon.LiveRules}); an event that trips an evaluation bug is counted and
 *       logged, and the watch goes on.</li>
 *   <li><b>JVM events on the same thread.</b> After each kernel poll the consumer drains the Java agents' rings
 *       ({@link dev.peregrine.probe.daemon.JvmFeed}, at most 1024 events per ring) and evaluates them as
 *       {@code source: jvm} events, attributed through the ring's verified pid, never the record. The JVM side is
 *       optional: a ring directory it cannot use, a bad ring or a failing event is logged and the kernel side goes
 *       on.</li>
 *   <li><b>One alert per operation.</b> The kernel events of agent-attached JVMs are joined with the JVM calls that
 *       caused them ({@code dev.peregrine.probe.correlate}): joinable events are held (at most
 *       {@code jvm_rings.hold_ms}), a JVM record waits in its ring until the kernel side has been read past its
 *       end, and the loop never sleeps past the next hold deadline (1 ms polls while anything is held, 10 ms while
 *       rings are attached, 100 ms otherwise).</li>
 *   <li><b>Capture only what rules need.</b> {@link dev.peregrine.probe.daemon.WantedSyscalls} asks the engine's
 *       evt.type index which decoded types some active rule can see (all of them if a rule leaves evt.type open),
 *       adds fork/exec/exit for the process table and, when a rule reads {@code fd.*} (seen by wrapping the field
 *       binder: {@link dev.peregrine.probe.daemon.FieldUseTracker}), the fd-creating calls. The kernel filters the
 *       rest before it reaches the ring; the set is pushed again after each successful reload.</li>
 *   <li><b>Drops are never silent.</b> Kernel per-type drop counters are read every second
 *       ({@link dev.peregrine.probe.daemon.DropMonitor}, Falco's {@code syscall_event_drops}: threshold, actions
 *       log/alert/exit, token-bucket rate limit), and the periodic metrics line
 *       ({@link dev.peregrine.probe.daemon.EventStats}) always shows them.</li>
 *   <li><b>Trust.</b> The daemon runs as root: rules and configuration files must be regular files owned by root
 *       (or us) and not writable by others ({@link dev.peregrine.probe.daemon.FileTrust}); the alert file is created
 *       owner-only and a symbolic link there is refused.</li>
 *   <li>Configuration ({@link dev.peregrine.probe.daemon.DaemonConfigReader}) is a falco.yaml: shared keys through
 *       the engine's {@code FalcoConfig}, daemon keys (syscall_event_drops, log_level, metrics, buf_size_preset,
 *       jvm_rings)
 *       here, every bad value reported at its position.</li>
 * </ul>
 */
package dev.peregrine.probe.daemon;
