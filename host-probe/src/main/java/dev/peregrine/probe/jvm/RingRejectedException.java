package dev.peregrine.probe.jvm;

/** A ring file the probe refuses to read, with the reason; {@link #stale} when its JVM is gone. */
final class RingRejectedException extends Exception {

    private static final long serialVersionUID = 1L;
    final boolean stale;

    RingRejectedException(String reason, boolean stale) {
        super(reason);
        this.stale = stale;
    }
}
