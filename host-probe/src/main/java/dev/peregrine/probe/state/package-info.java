/**
 * Host state: what the kernel events alone do not say, joined to each event at evaluation time.
 *
 * <p>{@link dev.peregrine.probe.state.ProcessTable} holds one {@link dev.peregrine.probe.state.ProcessInfo} per thread
 * group, reachable from every thread id of the group. It is seeded from {@code /proc} at start
 * ({@link dev.peregrine.probe.state.ProcReader}) and then driven by the probe's fork, exec and exit events through
 * plain methods ({@code onFork}, {@code onExec}, {@code onExit}), so it can be tested without a kernel. Anything we
 * missed (a process started before us, a dropped event, an evicted entry) is read from {@code /proc} once, on first
 * use. Ancestry ({@code proc.aname[N]}) walks parent pids through the table.
 *
 * <p>Each process owns an {@link dev.peregrine.probe.state.FdTable} of immutable
 * {@link dev.peregrine.probe.state.FdInfo}s: copied at fork, shared by threads, dup makes a second number point to the
 * same object. We do not capture {@code close(2)}: a stale entry lives until the kernel reuses its number (it always
 * hands out the lowest free one, and the next create overwrites the entry); at exec we drop the fds we know to be
 * close-on-exec (from open/socket/accept4/dup3/memfd flags and {@code fdinfo}); {@code fcntl(F_SETFD)} is not seen.
 * Fds we never saw created are read lazily from {@code /proc/PID/fd} and the socket inode tables in
 * {@code /proc/PID/net} ({@link dev.peregrine.probe.state.ProcFds}).
 *
 * <p>{@link dev.peregrine.probe.state.UserTable} maps uids/gids to passwd/group entries, re-parsed when the files'
 * mtime changes (checked at most once a second). {@link dev.peregrine.probe.state.ContainerId} derives Falco's
 * {@code container.id} from cgroup paths.
 *
 * <p>Costs: lookups are int-keyed open-addressing maps ({@code IntMap}), no boxing; every string a rule compares is
 * built once per process or fd (command line on exec, fd name on open/connect), never per event. Bounds: the process
 * table has a hard capacity with sampled-LRU eviction (counted); each fd table keeps at most 1024 dense plus 65,536
 * sparse entries. Threading: all of it belongs to the single thread that consumes events.
 *
 * <p>Trust: {@code /proc} is the kernel's; {@code /etc/passwd} and {@code /etc/group} are read only when they are
 * regular files, owned by root (or us), and not writable by group or others.
 */
package dev.peregrine.probe.state;
