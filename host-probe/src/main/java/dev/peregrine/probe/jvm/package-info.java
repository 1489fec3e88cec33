/**
 * The probe's end of the JVM transport: finds the agents' shared-memory rings ({@code <pid>.ring}, or a namespaced
 * name for a JVM in a container, below; layout in
 * {@link dev.peregrine.engine.transport.RingLayout}) in the ring directory, verifies them, and drains them into a
 * reused {@link dev.peregrine.engine.transport.RecordView} without locks or per-event allocation.
 * {@link dev.peregrine.probe.jvm.JvmRings} discovers rings (a scan at start for JVMs already running, then a
 * WatchService) and forgets them when their JVM exits; {@link dev.peregrine.probe.jvm.JvmRing} is one verified ring.
 * {@link dev.peregrine.probe.jvm.JvmRecordEvent} is the engine's {@code source: jvm} event over the reused view: a
 * {@link dev.peregrine.engine.jvm.JvmEventView} bound by the engine's {@link dev.peregrine.engine.jvm.JvmFieldBinder},
 * the agent's embedded engine's binder too, so the {@code jvm.*} fields mean the same in both; its
 * {@code proc.*}/{@code user.*} come from host state for the ring's verified pid.
 *
 * <h2>Trust: the ring is written by someone else</h2>
 * The probe runs as root; a ring is written by any local user's JVM, so every ring is hostile until verified, and
 * even then its contents are never trusted:
 * <ul>
 *   <li>opened with O_NOFOLLOW|O_NONBLOCK (no symbolic link, no FIFO that blocks), then described with statx(2) on
 *       the descriptor, not by a second lookup of the name that could be swapped in between (TOCTOU): regular
 *       file, not group/world-writable, size within the layout's bounds. The mapping is made through
 *       {@code /proc/self/fd/N}, which reopens that same inode whatever happens to the name;</li>
 *   <li>the header (magic, version, capacity, size) is checked, and names its JVM by pid and start time (field 22
 *       of /proc/PID/stat; for a JVM in another PID namespace, see below): that process must exist with that start time (a recycled pid, or a ring claiming to be
 *       another process, fails) and its effective uid must own the file, so a user cannot pass a ring off as
 *       another user's JVM;</li>
 *   <li>every length and count read from the ring is bounds-checked by the reader; a violation rejects the ring
 *       with a log line. The owner can still truncate the file after the checks: a read of a mapped page past the
 *       end faults, which the JVM turns into an {@code InternalError} that {@link dev.peregrine.probe.jvm.JvmRing}
 *       catches and treats as a corrupt ring.</li>
 * </ul>
 *
 * <h2>JVMs in other PID namespaces (containers)</h2>
 * A JVM in a container sees its own pid (often 1) and tids, not the host's that kernel events carry, and several
 * containers have a pid 1. Its agent names its ring {@code <pid>-<start time>-<pid namespace inode>-<nonce>.ring}
 * ({@link dev.peregrine.probe.jvm.RingName}); the header still holds the pid and start time it sees, and must agree
 * with the name. {@link dev.peregrine.probe.jvm.HostProcess} finds the host process: in that PID namespace (the
 * {@code ns/pid} inode), with that pid there (the last {@code NSpid:} entry), that start time (the same in every PID
 * namespace) and an euid that owns the file; exactly one, or the ring is refused. Sound because one namespace never
 * has two live processes with one pid, its inode names one live namespace, and the start time rules out a later
 * process given a freed pid or inode: the triple is at most one process, and the owner check is the host rule (a
 * user's ring speaks only for that user's processes; a same-uid process could write the real ring anyway). A second
 * ring for an attached process is refused. Checking a claim costs a pass over /proc, and whoever may create rings
 * could make up claims by the thousand: {@link dev.peregrine.probe.jvm.ClaimBudget} gives each file owner a burst of
 * 16 checks refilled at 10 per second; claims over budget wait (at most 1024) and are retried every second, and a
 * refused claim is not checked again, so a flood costs the daemon a bounded rate of scans and delays only its own
 * owner's rings. The ring is then that host pid's alone: {@code proc.*},
 * {@code jvm.pid}, the join and the reaper use the host pid. Its tids are translated by a per-ring
 * {@link dev.peregrine.probe.jvm.ThreadIdMap} when a record is read ({@code RecordView.replaceTid}), so everything
 * downstream sees host tids; rings of the probe's own namespace have no map and cost nothing more. The probe
 * refreshes its announcement's time every second: a container's agent in {@code mode=auto} cannot see the probe's
 * pid and goes by that freshness.
 *
 * <h2>The consumer position</h2>
 * The probe must publish how far it has read, or the agent could never reuse space. It lives in the ring header
 * (its own cache line), so a restarted probe continues where the last one stopped, and the agent keeps writing
 * while no probe runs (dropping and counting when full). The probe maps the whole file read-only and only that
 * 8-byte cell read-write: the worst a hostile writer achieves by changing it is confusing its own ring, which the
 * reader's position checks turn into a rejection.
 *
 * <h2>Lifecycle</h2>
 * The agent deletes its ring at shutdown. When the JVM is gone without doing so (checked every second: the pid
 * with the header's start time no longer exists), the probe unmaps the ring and deletes the file; a ring found at
 * start whose process is gone is deleted too. Deletion is unlink(2), which never follows symbolic links.
 */
package dev.peregrine.probe.jvm;
