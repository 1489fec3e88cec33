package dev.peregrine.bench.probe;

import dev.peregrine.probe.kernel.SyscallHandler;
import dev.peregrine.probe.kernel.SyscallRecord;

/**
 * The "decode only" consumer: reads the header fields every rule evaluation starts from (kind, syscall, pid, tid,
 * return value, timestamp) out of the reused record and folds them into a checksum, so the JIT cannot drop the reads.
 * No allocation per record.
 */
final class DecodingHandler implements SyscallHandler, EventSink {

    private long events;
    private long checksum;

    @Override
    public void onRecord(SyscallRecord r) {
        events++;
        checksum += r.kind() + r.syscall() + r.pid() + r.tid() + r.ret() + r.monotonicNanos();
    }

    @Override
    public long events() {
        return events;
    }

    long checksum() {
        return checksum;
    }

    @Override
    public void endOfBatch() {
    }

    @Override
    public String describe() {
        return "decode (SyscallRecord: kind, syscall, pid, tid, ret, ts)";
    }
}
