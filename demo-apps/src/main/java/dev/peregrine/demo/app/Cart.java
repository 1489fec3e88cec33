package dev.peregrine.demo.app;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The shopping cart clients keep and send back, serialized: what the cart endpoint expects to read. */
public record Cart(String owner, List<String> items) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
