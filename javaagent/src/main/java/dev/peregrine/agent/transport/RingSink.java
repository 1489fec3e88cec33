package dev.peregrine.agent.transport;

import dev.peregrine.agent.capture.CapturedEvent;
import dev.peregrine.agent.capture.JvmOp;
import dev.peregrine.agent.pipeline.EventSink;
import dev.peregrine.engine.transport.RecordEncoder;
import dev.peregrine.engine.transport.RingLayout;
import dev.peregrine.engine.transport.RingWriter;

/**
 * Writes each event into the ring, on the consumer thread (the ring's single writer), reusing one encoder: no
 * allocation per event. Every event carries its operation's begin time ({@link RingLayout#FLAG_BEGIN}) and, when the
 * agent saw the call return, its end ({@link RingLayout#FLAG_END}): the probe attributes the kernel events of the
 * same thread between the two to it. An event too large for the encoder is dropped and counted like a full ring.
 */
final class RingSink implements EventSink {

    private final RingFile file;
    private final RingWriter writer;
    private final RecordEncoder encoder;
    private final int[] opCodes = new int[JvmOp.values().length];
    private long tooLarge;

    RingSink(RingFile file) {
        this.file = file;
        this.writer = new RingWriter(file.buffer());
        this.encoder = new RecordEncoder(Math.min(64 * 1024, writer.capacity() / 4));
        for (JvmOp op : JvmOp.values()) {
            opCodes[op.ordinal()] = RingLayout.OPS.indexOf(op.id());
            if (opCodes[op.ordinal()] < 0) {
                throw new IllegalStateException("no ring op code for " + op.id());
            }
        }
    }

    @Override
    public void accept(CapturedEvent e) {
        int flags = RingLayout.FLAG_BEGIN | (e.endNanos != 0 ? RingLayout.FLAG_END : 0) | (e.virtualThread ? RingLayout.FLAG_VIRTUAL_THREAD : 0)
                | (e.resolved || e.ffm ? RingLayout.FLAG_BOOL : 0);
        int number = e.op == JvmOp.FILE_OPEN ? e.flags : e.port;
        encoder.begin(opCodes[e.op.ordinal()], flags, e.monoNanos, e.endNanos, e.tid, e.javaThreadId, number);
        // String slots, in RingLayout.S_* order.
        encoder.string(e.threadName);
        encoder.string(e.path);
        encoder.string(e.target);
        encoder.string(e.cwd);
        encoder.string(e.address);
        encoder.string(e.host);
        encoder.string(e.family);
        encoder.string(e.className);
        encoder.string(e.jndiName);
        encoder.string(e.caller);
        // List slots, in RingLayout.L_* order.
        encoder.list(e.argv);
        encoder.list(e.envChanges);
        encoder.list(e.stack);
        int length = encoder.finish();
        if (length < 0) {
            tooLarge++;
            return;
        }
        writer.offer(encoder.buffer(), length);
    }

    long dropped() {
        return writer.dropped() + tooLarge;
    }

    @Override
    public void close() throws Exception {
        if (dropped() > 0) {
            dev.peregrine.agent.AgentLog.warn(dropped() + " events dropped (probe ring full or event too large)");
        }
        file.close();
    }

    @Override
    public String toString() {
        return "ring " + file.path();
    }
}
