package dev.peregrine.engine.output;

/**
 * Text added at the end of the output of every rule of {@code source} on the events where the boolean field
 * {@code when} is true: Falco's {@code append_output}, made conditional. Peregrine uses it to give every host alert
 * on a kernel event joined with a Java call the Java side ({@code when: jvm.correlated}), whatever rule raised it,
 * so that an analyst sees the Java caller without each rule having to print it.
 *
 * @param suffix an output format ({@code %field} substitutions), appended after one space
 */
public record OutputAppend(String source, String when, String suffix) {
}
