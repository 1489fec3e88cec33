/**
 * Field binding for syscall events: how rules written for Falco's {@code syscall} source read our kernel records.
 *
 * <p>Flow per record (single thread, the ring consumer's): {@link dev.peregrine.probe.fields.SyscallEvents#next}
 * applies the record to the host state ({@code StateUpdater}: fork/exec/exit, fd creation, socket tuples, as
 * libsinsp's parsers do) and returns the one reused {@link dev.peregrine.probe.fields.SyscallEvent}, an engine
 * {@code Event} that joins, lazily and at most once per event, the record with its process and fd. Rules then read
 * it through accessors that {@link dev.peregrine.probe.fields.SyscallFieldBinder} built once at compile time: each
 * field name (and argument: {@code proc.aname[2]}, {@code evt.arg.flags}) is resolved at bind time into a small
 * lambda, so evaluation does no name lookups. Numeric and boolean accessors override {@code Accessor.number} and
 * never box; string fields return strings already held by the process or fd (built once per exec or open).
 *
 * <p>The kernel record is seen through {@link dev.peregrine.probe.fields.SyscallData}, an interface whose methods
 * mirror {@code dev.peregrine.probe.kernel.SyscallRecord}, so tests drive everything with plain fake records and
 * the real record is adapted by {@link dev.peregrine.probe.fields.KernelRecordData}.
 *
 * <p>Falco semantics kept: {@code evt.res} is {@code SUCCESS} or the errno name; {@code evt.arg.*} renders flags by
 * name ({@code O_RDWR|O_CREAT}, {@code PTRACE_ATTACH}, {@code AF_PACKET}) and fds as {@code 3(<f>/etc/passwd)},
 * with Falco's argument names per event ({@code ArgTable}); a failed open has {@code fd.num = -1} and fd fields
 * describing the path it tried; {@code fd.name} of a connection is {@code client:port->server:port} from either
 * end; {@code proc.aname[0]} is the process itself, {@code proc.aname} without index every ancestor (a list);
 * {@code user.uid} is the effective uid. Approximations: {@code evt.is_open_create} is true for a successful open
 * with O_CREAT/O_TMPFILE whether or not the file existed; relative paths resolve against the current directory read
 * from {@code /proc} when needed (chdir is not captured); {@code fd.ip}, {@code fd.net} and {@code fd.port} (Falco: either end) compare the server's address
 * and port only, which for outbound connections is the remote peer.
 */
package dev.peregrine.probe.fields;
