package dev.peregrine.agent.bridge;

/**
 * Marks a thread while the agent works on it, so the agent's own file opens, class loading and logging never
 * become events. One mutable flag per thread (allocated once per thread, never per event). The agent's consumer
 * thread holds it for its whole life.
 */
public final class ReentryGuard {

    private static final ThreadLocal<ReentryGuard> CURRENT = ThreadLocal.withInitial(ReentryGuard::new);

    private boolean active;

    private ReentryGuard() {
    }

    /** The calling thread's guard. */
    public static ReentryGuard current() {
        return CURRENT.get();
    }

    /** Enters the agent; false when the thread is already inside it (then the caller must do nothing). */
    public boolean enter() {
        if (active) {
            return false;
        }
        active = true;
        return true;
    }

    public void exit() {
        active = false;
    }

    public boolean isActive() {
        return active;
    }
}
