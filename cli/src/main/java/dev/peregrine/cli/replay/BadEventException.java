package dev.peregrine.cli.replay;

/** One replay line that cannot become an event; the message says what is wrong, the reader adds where. */
public final class BadEventException extends Exception {

    public BadEventException(String message) {
        super(message);
    }
}
