/**
 * Hands the JVM's events to the host probe through a shared-memory ring (layout and reader/writer:
 * {@link dev.peregrine.engine.transport}). {@link dev.peregrine.agent.transport.ProbeTransport} decides at start:
 * with {@code mode=probe}, or {@code mode=auto} when a probe runs (its {@code probe.pid} in the ring directory, {@code ring.dir},
 * default {@code /run/peregrine/jvm}, names a live process), {@link dev.peregrine.agent.transport.RingFile} creates {@code <pid>.ring}
 * there and {@link dev.peregrine.agent.transport.RingSink} (on the consumer thread, the ring's single writer) encodes
 * each event into it. A full ring drops and counts, never blocks: the probe may be slow, stopped or restarting, and
 * it picks the ring up again from the positions in its header.
 *
 * <h2>The file</h2>
 * Created as {@code <pid>.ring.<random>.tmp} with O_CREAT|O_EXCL and mode 0600 (only this JVM's user and root,
 * i.e. the probe, can read it), sized, mapped and its header written, then hard-linked to {@code <pid>.ring}: link(2)
 * fails if the name exists, so the final name is exclusive too, and the probe never sees a half-written header. The
 * agent deletes it at shutdown; the probe deletes rings whose process is gone (a JVM killed with SIGKILL).
 *
 * <h2>In a container</h2>
 * A JVM in a PID namespace other than the initial one ({@link dev.peregrine.agent.capture.PidNamespace}) names its
 * ring {@code <pid>-<start time>-<pid namespace inode>-<nonce>.ring} (its pid is not unique on the host: every
 * container has a pid 1) and writes the pid and tids of its own namespace; the probe finds the host process and
 * translates the tids. In {@code mode=auto} it cannot see the probe's pid, so {@link ProbePresence} goes by the age
 * of the root-owned announcement, which the probe refreshes every second.
 */
package dev.peregrine.agent.transport;
