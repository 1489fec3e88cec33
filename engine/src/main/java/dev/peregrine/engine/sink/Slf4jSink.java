package dev.peregrine.engine.sink;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoText;
import dev.peregrine.engine.rules.Priority;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts as readable log lines through SLF4J, on logger {@value #LOGGER}, one Falco text line each
 * ({@code 09:12:31.123456789: Warning ...}). The level follows the priority: Emergency to Error log as ERROR, Warning
 * as WARN, Notice and Informational as INFO, Debug as DEBUG; so the application's logging configuration decides
 * what is kept.
 */
public final class Slf4jSink implements AlertSink {

    public static final String LOGGER = "peregrine.alerts";

    private final Logger log;
    private final ZoneId zone;

    public Slf4jSink(ZoneId zone) {
        this(LoggerFactory.getLogger(LOGGER), zone);
    }

    public Slf4jSink() {
        this(ZoneId.systemDefault());
    }

    Slf4jSink(Logger log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
    }

    @Override
    public void accept(Alert alert) {
        Priority p = alert.priority();
        switch (p) {
            case EMERGENCY, ALERT, CRITICAL, ERROR -> {
                if (log.isErrorEnabled()) {
                    log.error(FalcoText.line(alert, zone));
                }
            }
            case WARNING -> {
                if (log.isWarnEnabled()) {
                    log.warn(FalcoText.line(alert, zone));
                }
            }
            case NOTICE, INFORMATIONAL -> {
                if (log.isInfoEnabled()) {
                    log.info(FalcoText.line(alert, zone));
                }
            }
            case DEBUG -> {
                if (log.isDebugEnabled()) {
                    log.debug(FalcoText.line(alert, zone));
                }
            }
            default -> throw new IllegalStateException("unknown priority " + p);
        }
    }
}
