package dev.peregrine.agent.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.agent.pipeline.EventQueue;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The recorder opens a bracket only for what the interest wants (nothing queued, no event built otherwise), and
 * queues the event once, when the bracket closes, with both times.
 */
class RecorderTest {

    private final EventQueue queue = new EventQueue(16);
    private final StackPolicy policy = new StackPolicy(8, List.of("/etc/"), true);

    private Recorder recorder(FileFilter opens) {
        FileFilter[] byOp = new FileFilter[JvmOp.values().length];
        byOp[JvmOp.FILE_OPEN.ordinal()] = opens;
        byOp[JvmOp.NET_ACCEPT.ordinal()] = FileFilter.ANY;
        return new Recorder(queue, policy, Interest.of(byOp));
    }

    @Test
    void operationsNoConsumerWantsBuildNothing() {
        Recorder r = recorder(FileFilter.allOf(List.of(FileFilter.writing(false),
                FileFilter.exact(Set.of("/etc/shadow")))));
        assertNull(r.fileOpen("/opt/app/config.yml", 0));
        assertNull(r.fileOpen(Path.of("/opt/app/config.yml"), 0));
        assertNull(r.fileOpen("/etc/shadow", 01)); // a write: the only rule is about reads
        assertNull(r.exec(new String[] {"/bin/true"}, null, null));
        assertNull(r.fileDelete("/etc/shadow"));
        assertTrue(queue.isEmpty());
    }

    @Test
    void oneEventPerOperationQueuedWhenTheBracketCloses() {
        Recorder r = recorder(FileFilter.exact(Set.of("/etc/shadow")));
        long before = System.nanoTime();
        Object token = r.fileOpen(Path.of("/etc/shadow"), 0);
        assertNotNull(token);
        assertTrue(queue.isEmpty(), "nothing queued before the call returned");
        long end = System.nanoTime();
        r.end(token, end);
        CapturedEvent e = queue.poll();
        assertSame(token, e);
        assertEquals("/etc/shadow", e.path);
        assertTrue(before <= e.monoNanos && e.monoNanos <= end, e.monoNanos + " not in [" + before + ", " + end + "]");
        assertEquals(end, e.endNanos);
        assertTrue(e.tid > 0);
        assertNull(e.stack, "formatting is left to the consumer thread");
        e.materializeStack();
        assertNotNull(e.stack, "watched path: the stack was walked");
        // Here the test shares the agent's class loader, so only JDK frames are kept (the agent's are left out),
        // first JUnit's reflective call of this method: reflection frames stay until a caller is found.
        assertTrue(!e.stack.isEmpty() && e.stack.get(0).matches("(java|jdk)\\.[\\w.$]+\\.\\w+\\(\\w+\\.java:\\d+\\)"),
                e.stack.toString());
        assertNull(queue.poll());
    }

    @Test
    void anAcceptThatAcceptedNothingIsNotReported() {
        Recorder r = recorder(null);
        r.accepted(r.acceptBegin(), null, System.nanoTime());
        assertTrue(queue.isEmpty());
        Object token = r.acceptBegin();
        r.accepted(token, new java.net.InetSocketAddress("127.0.0.1", 4242), System.nanoTime());
        CapturedEvent e = queue.poll();
        assertEquals(JvmOp.NET_ACCEPT, e.op);
        assertEquals(4242, e.port);
        assertTrue(e.endNanos >= e.monoNanos);
    }
}
