/**
 * Events from JSON lines, for testing rules without a kernel ({@code peregrine replay}) and for the demo.
 *
 * <p>One flat JSON object per event maps field names, spelled as in rules ({@code proc.aname[2]},
 * {@code evt.arg.flags}), to values. {@link dev.peregrine.cli.replay.EventParser} checks every key against the
 * field registry and converts every value to its field's type once, when the line is read, so that the
 * {@link dev.peregrine.cli.replay.ReplayFieldBinder}'s accessors are a single map lookup and a bad line is
 * reported with what is wrong rather than silently never matching. A field the object does not give is not
 * extractable, exactly as on a live event that lacks it.
 *
 * <p>One {@link dev.peregrine.cli.replay.ReplayEvent} is reused for every line, like the probe's events, so the
 * engine is exercised under the same contract: it must not keep an event past {@code evaluate}.
 */
package dev.peregrine.cli.replay;
