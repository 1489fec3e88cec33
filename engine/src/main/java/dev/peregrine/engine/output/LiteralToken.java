package dev.peregrine.engine.output;

/** Text between fields, copied as is. */
record LiteralToken(String text) implements OutputToken {
}
