package dev.peregrine.bench.agent;

import java.lang.reflect.Field;

/**
 * Tells whether the Peregrine agent is really running in this JVM, so that a "with agent" measurement can never
 * silently be a second baseline (a wrong jar path, or an agent that failed to start and let the application run
 * without it). The agent puts its bridge class in the bootstrap class loader and installs its hooks there; both
 * are looked up by name, since the benchmarks do not depend on the agent's code.
 *
 * <p>Compiled for Java 17 too (see {@link AppClasses}): uses nothing newer.
 */
public final class AgentProbe {

    static final String BRIDGE = "dev.peregrine.agent.bridge.Bridge";

    private AgentProbe() {
    }

    /** True when the bridge is in the bootstrap class loader and has its hooks installed. */
    public static boolean isActive() {
        Class<?> bridge;
        try {
            bridge = Class.forName(BRIDGE, false, null);
        } catch (ClassNotFoundException e) {
            return false;
        }
        try {
            Field hooks = bridge.getDeclaredField("hooks");
            hooks.setAccessible(true);
            return hooks.get(null) != null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the agent's bridge changed shape (" + e + "): update "
                    + AgentProbe.class.getName(), e);
        }
    }

    /** Fails unless the agent's presence is what this measurement expects. */
    public static void require(boolean expected) {
        boolean active = isActive();
        if (active != expected) {
            throw new IllegalStateException("expected the Peregrine agent to be " + (expected ? "active" : "absent")
                    + " in this JVM, but it is " + (active ? "active" : "absent")
                    + (expected ? " (wrong -javaagent path, or the agent failed to start: see stderr)" : ""));
        }
    }
}
