package dev.peregrine.agent.alert;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoText;
import dev.peregrine.engine.sink.AlertSink;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Readable alert lines: to the application's SLF4J logger {@code peregrine.alerts} when the application has SLF4J
 * ({@code alerts.log=auto} or {@code slf4j}), else to stderr as Falco prints them
 * ({@code 09:12:31.123456789: Warning <output>}). {@code callerLoader} supplies the class loader of the Java code
 * behind the current event, where the application's SLF4J is found.
 */
public final class AlertLogSink implements AlertSink {

    private final boolean slf4j;
    private final boolean stderrFallback;
    private final Supplier<ClassLoader> callerLoader;
    private final AppSlf4j app = new AppSlf4j();
    private final PrintStream err = System.err;
    private final ZoneId zone = ZoneId.systemDefault();

    /** {@code mode}: auto, slf4j or stderr. */
    public AlertLogSink(String mode, Supplier<ClassLoader> callerLoader) {
        this.slf4j = !mode.equals("stderr");
        this.stderrFallback = !mode.equals("slf4j");
        this.callerLoader = callerLoader;
    }

    @Override
    public void accept(Alert alert) {
        try {
            if (slf4j && app.log(callerLoader.get(), alert.priority(), alert.output())) {
                return;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("application SLF4J failed: " + e.getCause(), e);
        }
        if (stderrFallback) {
            err.println(FalcoText.line(alert, zone));
        }
    }

    @Override
    public String toString() {
        return "alert log";
    }
}
