package dev.peregrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.status.Status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class AlertLoggingTest {

    @TempDir
    Path dir;

    @Test
    void logbackConfigurationLoadsWithoutErrors() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<Status> errors = context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() >= Status.WARN).toList();
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(Level.WARN, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
    }

    @Test
    void logAlertsSendsEachAlertToThePeregrineAlertsLogger() throws IOException {
        Path events = Files.writeString(dir.resolve("e.jsonl"), """
                {"evt.type":"execve","proc.name":"sh","proc.cmdline":"sh -c id","proc.pname":"java"}
                """);
        Logger alerts = (Logger) LoggerFactory.getLogger("peregrine.alerts");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        alerts.addAppender(captured);
        Level before = alerts.getLevel();
        try {
            Cli.Result quiet = Cli.run("replay", "--events", events.toString());
            assertEquals(0, quiet.exit(), quiet::toString);
            assertTrue(captured.list.isEmpty(), "alerts are not logged unless asked: " + captured.list);

            Cli.Result logged = Cli.run("replay", "--events", events.toString(), "--log-alerts");
            assertEquals(0, logged.exit(), logged::toString);
            assertEquals(1, captured.list.size(), captured.list::toString);
            ILoggingEvent event = captured.list.get(0);
            assertEquals(Level.INFO, event.getLevel());
            assertTrue(event.getFormattedMessage().contains(": Notice Shell spawned by a JVM | shell=sh"),
                    event::getFormattedMessage);
        } finally {
            alerts.detachAppender(captured);
            alerts.setLevel(before);
        }
    }
}
