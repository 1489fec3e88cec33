package dev.peregrine.engine.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.peregrine.engine.rules.Priority;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class Slf4jSinkTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(Slf4jSink.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void attach() {
        previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }

    @Test
    void levelFollowsPriorityAndMessageIsTheFalcoLine() {
        Slf4jSink sink = new Slf4jSink(ZoneOffset.UTC);
        for (Priority p : Priority.values()) {
            sink.accept(Alerts.alert("r", p));
        }
        List<String> seen = new ArrayList<>();
        for (ILoggingEvent e : appender.list) {
            seen.add(e.getLevel() + " " + e.getFormattedMessage().split(" ")[1]);
        }
        assertEquals(List.of("ERROR Emergency", "ERROR Alert", "ERROR Critical", "ERROR Error", "WARN Warning",
                "INFO Notice", "INFO Informational", "DEBUG Debug"), seen);
        assertEquals("09:12:31.123456789: Warning shell (proc=bash file=<NA>) \"é\"\n",
                appender.list.get(4).getFormattedMessage());
    }

    @Test
    void disabledLevelsAreNotFormatted() {
        logger.setLevel(Level.WARN);
        Slf4jSink sink = new Slf4jSink(ZoneOffset.UTC);
        sink.accept(Alerts.alert("a", Priority.NOTICE));
        sink.accept(Alerts.alert("b", Priority.DEBUG));
        sink.accept(Alerts.alert("c", Priority.WARNING));
        assertEquals(1, appender.list.size());
        assertEquals(Level.WARN, appender.list.get(0).getLevel());
    }
}
