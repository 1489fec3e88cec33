package dev.peregrine.agent.alert;

import dev.peregrine.agent.AgentLog;
import dev.peregrine.engine.rules.Priority;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The application's own SLF4J, reached by reflection: the agent never bundles a visible SLF4J (its relocated copy
 * is silent), so alerts appear in the application's logs, with its configuration, whatever SLF4J version (1.7 or
 * 2.x) it carries. The logger {@code peregrine.alerts} is looked up once per class loader (the loader of the Java
 * code that made the call, else the system loader) and cached weakly so no application loader is pinned.
 * Consumer thread only.
 */
final class AppSlf4j {

    static final String LOGGER = "peregrine.alerts";
    private static final Object NONE = new Object();
    /**
     * Built at run time on purpose: the shade plugin rewrites string constants that name relocated packages, and
     * this must name the application's {@code org.slf4j}, not the agent's relocated copy.
     */
    private static final String SLF4J = String.join(".", "org", "slf4j");

    private final Map<ClassLoader, Object> loggers = new WeakHashMap<>();

    /** Logs {@code message}; false when SLF4J is not visible from {@code loader} nor the system loader. */
    boolean log(ClassLoader loader, Priority priority, String message) throws ReflectiveOperationException {
        Bound bound = bound(loader != null ? loader : ClassLoader.getSystemClassLoader());
        if (bound == null && loader != null) {
            bound = bound(ClassLoader.getSystemClassLoader());
        }
        if (bound == null) {
            return false;
        }
        bound.method(priority).invoke(bound.logger, message);
        return true;
    }

    private Bound bound(ClassLoader loader) {
        Object cached = loggers.get(loader);
        if (cached == null) {
            cached = lookUp(loader);
            loggers.put(loader, cached);
        }
        return cached == NONE ? null : (Bound) cached;
    }

    private static Object lookUp(ClassLoader loader) {
        try {
            Class<?> factory = Class.forName(SLF4J + ".LoggerFactory", true, loader);
            Class<?> loggerType = Class.forName(SLF4J + ".Logger", false, loader);
            Object logger = factory.getMethod("getLogger", String.class).invoke(null, LOGGER);
            return new Bound(logger, loggerType.getMethod("error", String.class),
                    loggerType.getMethod("warn", String.class), loggerType.getMethod("info", String.class),
                    loggerType.getMethod("debug", String.class));
        } catch (ClassNotFoundException e) {
            return NONE;
        } catch (ReflectiveOperationException | LinkageError e) {
            AgentLog.failure("looking up the application's SLF4J", e);
            return NONE;
        }
    }

    private record Bound(Object logger, Method error, Method warn, Method info, Method debug) {
        Method method(Priority p) {
            if (p.atLeast(Priority.ERROR)) {
                return error;
            }
            if (p == Priority.WARNING) {
                return warn;
            }
            return p == Priority.DEBUG ? debug : info;
        }
    }
}
