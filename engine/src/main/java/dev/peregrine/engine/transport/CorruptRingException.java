package dev.peregrine.engine.transport;

/** A ring whose header or records break the layout: the reader stops trusting it. */
public final class CorruptRingException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorruptRingException(String message) {
        super(message);
    }
}
