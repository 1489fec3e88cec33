package dev.peregrine.probe.correlate;

import static dev.peregrine.probe.kernel.SyscallNumbers.CONNECT;
import static dev.peregrine.probe.kernel.SyscallNumbers.EXECVE;
import static dev.peregrine.probe.kernel.SyscallNumbers.OPENAT;
import static dev.peregrine.probe.kernel.SyscallNumbers.SOCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.event.Event;
import dev.peregrine.probe.correlate.Correlator.Outcome;
import dev.peregrine.probe.fields.SyscallEvent;
import dev.peregrine.probe.fields.SyscallEvents;
import dev.peregrine.probe.kernel.SyscallRecord;
import dev.peregrine.probe.state.HostState;
import dev.peregrine.probe.state.ProcFds;
import dev.peregrine.probe.state.ProcReader;
import dev.peregrine.probe.state.ProcessTable;
import dev.peregrine.probe.state.UserTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The join with synthetic kernel and JVM records: hold, release at the deadline, bracket matching, exec chains. */
class CorrelatorTest {

    private static final long MS = 1_000_000L;
    private static final long HOLD = 30 * MS;
    private static final int JVM = 100;
    private static final int T1 = 101;
    private static final int T2 = 102;

    @TempDir
    Path dir;

    private SyscallEvents events;
    private final List<String> evaluated = new ArrayList<>();
    private final List<Integer> pids = new ArrayList<>();
    private boolean alertOnJoined;
    private long alerts;
    private Correlator c;

    /** Stands for the JVM call's event that the joined events' jvm.* fields read. */
    private record Call(String name) implements Event {
        public String source() {
            return "jvm";
        }

        public String type() {
            return name;
        }

        public long timestampNanos() {
            return 0;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        Path proc = Files.createDirectories(dir.resolve("proc"));
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Path group = Files.writeString(dir.resolve("group"), "root:x:0:\n");
        HostState state = new HostState(new ProcessTable(1024, new ProcReader(proc)), new UserTable(passwd, group, 0),
                new ProcFds(proc));
        events = new SyscallEvents(state);
        c = newCorrelator(64);
        c.ringAttached(JVM);
    }

    private Correlator newCorrelator(int capacity) {
        return new Correlator(HOLD, capacity, events, new Correlator.Evaluator() {
            @Override
            public void evaluate(Event event) {
                SyscallEvent e = (SyscallEvent) event;
                String call = e.jvmCall() == null ? "-" : e.jvmCall().type();
                evaluated.add(e.type() + "/" + e.data().tid() + " call=" + call + " unexplained=" + e.unexplained());
                pids.add(e.process() == null ? -1 : e.process().tgid());
                if (alertOnJoined && e.jvmCall() != null) {
                    alerts++;
                }
            }

            @Override
            public long alerts() {
                return alerts;
            }
        });
    }

    /** The kernel side was read up to {@code nanos}; what waited a hold window by then goes. */
    private void expire(long nanos) {
        c.kernelPolled(nanos, true);
        c.expire();
    }

    private Outcome jvm(String op, long tid, long begin, long end) {
        return c.onJvmRecord(JVM, Records.jvm(op, tid, begin, end, "App.main(App.java:7)"),
                new Call(op + "@" + begin), 0);
    }

    @Test
    void aKernelEventOfAnAgentJvmWaitsForTheCallWhoseBracketCoversIt() {
        assertTrue(c.offer(Records.syscall(OPENAT, JVM, T1, 1000, "/etc/shadow"), 0));
        assertEquals(List.of(), evaluated, "held, not evaluated yet");
        assertEquals(1, c.held());
        c.kernelPolled(5000, true);
        assertEquals(Outcome.EVALUATE, jvm("file_open", T1, 900, 1100));
        assertEquals(List.of("openat/101 call=file_open@900 unexplained=false"), evaluated);
        assertEquals(0, c.held());
        expire(HOLD * 10);
        assertEquals(1, evaluated.size(), "a joined event is evaluated once");
    }

    @Test
    void onlyTheSameThreadAndACoveringBracketJoin() {
        c.offer(Records.syscall(OPENAT, JVM, T1, 1000, "/a"), 0);
        c.offer(Records.syscall(OPENAT, JVM, T2, 1000, "/b"), 0);
        c.offer(Records.syscall(OPENAT, JVM, T1, 2000, "/c"), 0);
        c.kernelPolled(5000, true);
        jvm("file_open", T1, 1500, 2500);
        assertEquals(List.of("openat/101 call=file_open@1500 unexplained=false"), evaluated);
        assertEquals(2, c.held());
        jvm("file_open", T2, 999, 1000);
        assertEquals("openat/102 call=file_open@999 unexplained=false", evaluated.get(1), "bounds are inclusive");
        expire(HOLD + 2000);
        assertEquals("openat/101 call=- unexplained=true", evaluated.get(2), "no call covered 1000 on T1");
    }

    @Test
    void aCallThatEndedAfterTheKernelWasLastSeenEmptyWaitsForTheKernel() {
        c.kernelPolled(1000, true);
        assertEquals(Outcome.WAIT, jvm("file_open", T1, 1500, 2500), "its kernel event may still be in the ring");
        assertTrue(c.offer(Records.syscall(OPENAT, JVM, T1, 2000, "/x"), 0));
        c.kernelPolled(3000, true);
        assertEquals(Outcome.EVALUATE, jvm("file_open", T1, 1500, 2500));
        assertEquals(List.of("openat/101 call=file_open@1500 unexplained=false"), evaluated);
    }

    @Test
    void aBackloggedKernelRingAdvancesTheWatermarkByItsRecordsTimes() {
        c.offer(Records.syscall(OPENAT, JVM, T1, 2000, "/x"), 0);
        c.offer(Records.syscall(SOCKET, JVM, T1, 10 * MS, null), 0);
        c.kernelPolled(1, false);
        assertEquals(Outcome.EVALUATE, jvm("file_open", T1, 1500, 2500), "records up to 9 ms were delivered");
        assertEquals(1, evaluated.size());
    }

    @Test
    void anUnjoinedEventIsEvaluatedAtItsDeadlineAndNeverLost() {
        assertTrue(c.offer(Records.syscall(CONNECT, JVM, T1, 5 * MS, null), 0));
        assertEquals(5 * MS + HOLD, c.nextDeadline());
        expire(5 * MS + HOLD - 1);
        assertEquals(List.of(), evaluated);
        expire(5 * MS + HOLD);
        assertEquals(List.of("connect/101 call=- unexplained=true"), evaluated);
        assertEquals(Long.MAX_VALUE, c.nextDeadline());
        assertEquals(1, c.stats().unexplained());
    }

    @Test
    void eventsOfOtherProcessesAndOtherKindsAreNeverHeld() {
        assertFalse(c.offer(Records.syscall(OPENAT, 555, 555, 1000, "/etc/shadow"), 0), "not an agent JVM");
        assertFalse(c.offer(Records.syscall(SOCKET, JVM, T1, 1000, null), 0), "nothing to join a socket() with");
        c.ringDetached(JVM);
        assertFalse(c.offer(Records.syscall(OPENAT, JVM, T1, 1000, "/etc/shadow"), 0), "ring gone");
        assertEquals(0, c.held());
    }

    @Test
    void theExecsOfASpawnedChildJoinTheForkingThreadsProcessStart() {
        assertFalse(c.offer(Records.fork(JVM, T1, 300, 1000), 0), "forks are evaluated as always");
        assertTrue(c.offer(Records.syscall(EXECVE, 300, 300, 1100, "/usr/lib/jvm/lib/jspawnhelper"), 0));
        assertTrue(c.offer(Records.syscall(EXECVE, 300, 300, 1200, "/bin/sh"), 0), "posix_spawn: the second exec");
        c.kernelPolled(5000, true);
        jvm("process_start", T1, 900, 1300);
        assertEquals(List.of("execve/300 call=process_start@900 unexplained=false",
                "execve/300 call=process_start@900 unexplained=false"), evaluated, "both, in order");
        assertFalse(c.offer(Records.syscall(EXECVE, 300, 300, 9000, "/bin/true"), 0),
                "after the spawn the child's own execs are its business");
    }

    @Test
    void aChildForkedByNativeCodeExecsUnexplained() {
        c.offer(Records.fork(JVM, T2, 301, 1000), 0);
        c.offer(Records.syscall(EXECVE, 301, 301, 1100, "/bin/sh"), 0);
        c.kernelPolled(5000, true);
        jvm("process_start", T1, 900, 1300);
        assertEquals(List.of(), evaluated, "another thread's process start explains nothing of T2's");
        expire(HOLD + 2000);
        assertEquals(List.of("execve/301 call=- unexplained=true"), evaluated);
    }

    @Test
    void aHeldExecKeepsItsProcessAfterTheChildExited() {
        c.offer(Records.fork(JVM, T1, 302, 1000), 0);
        events.next(new dev.peregrine.probe.fields.KernelRecordData().wrap(Records.fork(JVM, T1, 302, 1000)));
        c.offer(Records.syscall(EXECVE, 302, 302, 1100, "/bin/sh"), 0);
        SyscallRecord exit = Records.exit(302, 1200);
        assertFalse(c.offer(exit, 0));
        events.next(new dev.peregrine.probe.fields.KernelRecordData().wrap(exit));
        events.finish();
        assertEquals(null, events.state().processes().get(302), "the exit freed the table entry");
        c.kernelPolled(5000, true);
        jvm("process_start", T1, 900, 1300);
        assertEquals(1, evaluated.size());
        assertEquals(List.of(302), pids, "the held exec still has its process");
    }

    @Test
    void aCallSeenBeforeItsKernelEventStillExplainsIt() {
        c.kernelPolled(5000, true);
        assertEquals(Outcome.EVALUATE, jvm("file_open", T1, 900, 1100));
        c.offer(Records.syscall(OPENAT, JVM, T1, 1000, "/etc/shadow"), 0);
        expire(HOLD + 2000);
        assertEquals(List.of("openat/101 call=- unexplained=false"), evaluated);
    }

    @Test
    void anAgentThatDoesNotBracketIsNeitherJoinedNorCalledUnexplained() {
        c.offer(Records.syscall(OPENAT, JVM, T1, 1000, "/etc/shadow"), 0);
        assertEquals(Outcome.EVALUATE, jvm("file_open", T1, 900, 0));
        expire(HOLD + 2000);
        assertEquals(List.of("openat/101 call=- unexplained=false"), evaluated);
        assertFalse(c.offer(Records.syscall(OPENAT, JVM, T1, 2000, "/etc/shadow"), HOLD));
    }

    @Test
    void aJoinThatAlertedStandsForTheOperation() {
        alertOnJoined = true;
        c.offer(Records.syscall(EXECVE, JVM, T1, 1000, "/bin/sh"), 0);
        c.kernelPolled(5000, true);
        assertEquals(Outcome.ALERTED, jvm("process_start", T1, 900, 1100));
        assertEquals(Outcome.EVALUATE, jvm("process_start", T1, 1200, 1300), "joined nothing: evaluated on its own");
    }

    @Test
    void aFullHoldQueueReleasesItsOldestEarly() {
        c = newCorrelator(2);
        c.ringAttached(JVM);
        c.offer(Records.syscall(OPENAT, JVM, T1, 1000, "/a"), 0);
        c.offer(Records.syscall(OPENAT, JVM, T1, 2000, "/b"), 0);
        c.offer(Records.syscall(OPENAT, JVM, T1, 3000, "/c"), 0);
        assertEquals(List.of("openat/101 call=- unexplained=true"), evaluated);
        assertEquals(1, c.stats().forced());
        c.kernelPolled(5000, true);
        jvm("file_open", T1, 1500, 3500);
        assertEquals(3, evaluated.size());
        assertEquals(0, c.held());
    }

    @Test
    void theHoldQueueReusesItsSlots() {
        c.kernelPolled(Long.MAX_VALUE / 2, true);
        for (int i = 0; i < 1000; i++) {
            c.offer(Records.syscall(OPENAT, JVM, T1 + (i % 7), 1000 + i, "/f"), 0);
            if (i % 3 == 0) {
                jvm("file_open", T1 + (i % 7), 1000 + i, 1000 + i);
            }
        }
        c.flush();
        assertEquals(1000, evaluated.size());
        assertEquals(334, evaluated.stream().filter(s -> s.contains("call=file_open")).count());
        assertNotNull(c.stats().toString());
    }
}
