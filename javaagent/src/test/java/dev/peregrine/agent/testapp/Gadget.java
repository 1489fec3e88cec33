package dev.peregrine.agent.testapp;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * The smallest real gadget: a serializable class whose {@code readObject} runs a command taken from the stream, so
 * the process starts while {@code ObjectInputStream.readObject} is on the stack (what commons-collections'
 * InvokerTransformer chains end in, without the library).
 */
final class Gadget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] command;
    transient String outcome;

    Gadget(String[] command) {
        this.command = command.clone();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            outcome = Attacks.finish(Attacks.command(command).start()); // mark:gadget-exec
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = e.toString();
        }
    }
}
