/**
 * The JVM → host probe transport's shared-memory ring: one file per JVM, {@code <pid>.ring}, written by the
 * agent's consumer thread (the single producer) and read by the host probe (the single consumer). The layout is
 * defined once, in {@link dev.peregrine.engine.transport.RingLayout}; {@link dev.peregrine.engine.transport.RingWriter}
 * and {@link dev.peregrine.engine.transport.RingReader} are its only writer and reader, used by both sides, so the
 * two can never disagree. Java 17: runs inside users' JVMs.
 *
 * <h2>Memory ordering</h2>
 * Positions are unbounded 64-bit byte counters; a record's offset is {@code position & (capacity - 1)}. The producer
 * writes a record with plain stores, then publishes it with a release store of the producer position ({@code
 * setRelease}); the consumer reads the producer position with an acquire load, reads the records, then frees the
 * space with a release store of the consumer position, which the producer reads with an acquire load before reusing
 * the space. The same pairing as the kernel's BPF ring buffer ({@code kernel/bpf/ringbuf.c}: {@code
 * smp_store_release(&rb->producer_pos)} / {@code smp_load_acquire}). The producer and consumer positions live on
 * separate cache lines, so the two sides never write the same line.
 *
 * <h2>Full ring, hostile ring</h2>
 * A full ring never blocks the writer: the record is dropped and the header's drop counter is incremented. The
 * reader trusts nothing it reads: every length and count is bounds-checked against the record and the ring, and a
 * violation is a {@link dev.peregrine.engine.transport.CorruptRingException}, never an out-of-bounds read.
 */
package dev.peregrine.engine.transport;
