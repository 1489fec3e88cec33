package dev.peregrine.engine.event;

/** The rule sources Peregrine knows: Falco's {@code syscall} and our {@code jvm}. */
public final class Sources {
    public static final String SYSCALL = "syscall";
    public static final String JVM = "jvm";

    private Sources() {
    }
}
