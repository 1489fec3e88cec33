/**
 * Consumer of the BPF ring buffer (BPF_MAP_TYPE_RINGBUF), reading the kernel's shared memory in place.
 *
 * <p>Design (follows libbpf's src/ringbuf.c and the kernel's kernel/bpf/ringbuf.c):
 * <ul>
 *   <li>{@link dev.peregrine.probe.ring.RingBuffer} maps the map fd: consumer page read-write at offset 0, producer
 *       page and data read-only at offset pagesize; the kernel maps the data pages twice, so every record is
 *       contiguous and handlers get (segment, offset, length) with no copy and no allocation.</li>
 *   <li>{@link dev.peregrine.probe.ring.RingConsumer} is the protocol: acquire loads of {@code producer_pos} and each
 *       record's {@code len} (BUSY/DISCARD bits, 8-byte alignment), a release store of {@code consumer_pos} after
 *       each record. Every ordering step names the kernel code it pairs with. It works on any segments, so its unit
 *       tests drive it with a simulated producer (wrap-around, busy, discard).</li>
 *   <li>Wakeups: epoll on the map fd. The kernel reports the fd readable while data is pending (level triggered) and
 *       by default notifies only when the consumer had caught up, so the consumer drains, then waits.</li>
 *   <li>No locks: exactly one thread consumes. VarHandles on MemorySegment give the acquire/release accesses
 *       (no {@code sun.misc.Unsafe}).</li>
 * </ul>
 */
package dev.peregrine.probe.ring;
