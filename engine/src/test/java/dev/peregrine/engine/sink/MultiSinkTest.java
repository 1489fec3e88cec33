package dev.peregrine.engine.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MultiSinkTest {

    /** Records what it receives and whether it was closed. */
    static final class Recording implements AlertSink {
        final List<String> rules = new ArrayList<>();
        boolean closed;

        @Override
        public void accept(Alert alert) {
            rules.add(alert.rule());
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A channel that is down: fails every delivery and its close. */
    static final class Broken implements AlertSink {
        @Override
        public void accept(Alert alert) {
            throw new IllegalStateException("webhook unreachable");
        }

        @Override
        public void close() {
            throw new IllegalStateException("cannot close");
        }
    }

    @Test
    void aFailingSinkIsCountedAndTheOthersStillDeliver() {
        Recording first = new Recording();
        Recording last = new Recording();
        MultiSink multi = new MultiSink(List.of(first, new Broken(), last));
        for (String rule : List.of("a", "b", "c")) {
            multi.accept(Alerts.alert(rule, Priority.CRITICAL));
        }
        assertEquals(List.of("a", "b", "c"), first.rules);
        assertEquals(List.of("a", "b", "c"), last.rules);
        assertEquals(0, multi.failures(0));
        assertEquals(3, multi.failures(1));
        assertEquals(3, multi.failures());
        multi.close();
        assertTrue(first.closed && last.closed, "every sink closed despite the broken one");
    }
}
