package dev.peregrine.probe.ring;

import java.lang.foreign.MemorySegment;

/**
 * Receives each committed record in place: {@code length} bytes at {@code offset} of {@code data}. The bytes are only
 * valid during the call: the consumer position is released after it returns and the kernel may then overwrite them.
 * Passing (segment, offset) rather than a slice keeps the consumer free of per-record allocation.
 */
@FunctionalInterface
public interface RecordHandler {

    void onRecord(MemorySegment data, long offset, int length);
}
