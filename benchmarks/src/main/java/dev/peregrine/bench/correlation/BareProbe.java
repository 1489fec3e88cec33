package dev.peregrine.bench.correlation;

import dev.peregrine.probe.kernel.KernelProbe;
import dev.peregrine.probe.kernel.ProbeConfig;
import dev.peregrine.probe.kernel.SyscallHandler;
import dev.peregrine.probe.kernel.SyscallNumbers;
import dev.peregrine.probe.kernel.SyscallRecord;

import java.util.BitSet;

/**
 * The latency baseline: the kernel probe alone, capturing opens, drained by a thread that polls exactly as the daemon
 * does (100 ms timeout, batches of 4096 records) and timestamps each record of the watched process as it is handed
 * over. What the daemon adds above this (host state, rules, the JSON sink, and for a JVM the join) is what the
 * correlation pipeline costs; what this shows is the ring delivery itself (the consumer's 5 ms wakeup tick).
 */
final class BareProbe implements AutoCloseable {

    final LatencyLog log = new LatencyLog(1 << 17);
    private final KernelProbe probe;
    private final Thread consumer;
    private volatile int watchedPid = -1;
    /** Every open of the host handed over: how busy the machine's file activity was during a phase. */
    private volatile long hostRecords;
    private volatile boolean stop;

    private BareProbe(KernelProbe probe) {
        this.probe = probe;
        SyscallHandler handler = this::onRecord;
        this.consumer = new Thread(() -> {
            while (!stop) {
                probe.poll(handler, 100, 4096);
            }
        }, "bare-probe-consumer");
    }

    static BareProbe attach() {
        BitSet wanted = new BitSet();
        wanted.set(SyscallNumbers.OPEN);
        wanted.set(SyscallNumbers.OPENAT);
        KernelProbe probe = KernelProbe.open(new ProbeConfig(ProbeConfig.DEFAULT_RING_BYTES, wanted,
                (int) ProcessHandle.current().pid()));
        BareProbe bare = new BareProbe(probe);
        bare.consumer.start();
        return bare;
    }

    /** Records the events of {@code pid} from now on (the trigger started a moment ago: its first opens are lost). */
    void watch(long pid) {
        watchedPid = (int) pid;
    }

    private void onRecord(SyscallRecord r) {
        hostRecords = hostRecords + 1; // single writer: the consumer thread
        if (r.pid() == watchedPid) {
            log.record(r.monotonicNanos(), System.nanoTime() - r.monotonicNanos());
        }
    }

    long hostRecords() {
        return hostRecords;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        consumer.join(5_000);
        probe.close();
    }
}
