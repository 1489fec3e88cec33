/**
 * The fields rules can name, and nothing about how to read them.
 *
 * <p>{@link dev.peregrine.engine.fields.FieldRegistry} is the catalog: for every field its Falco type, whether it
 * takes an argument ({@code proc.aname[2]}, {@code evt.arg.flags}), which rule sources may use it, and a one-line
 * description. The compiler resolves each field reference against it once, at compile time, and reports unknown
 * names with suggestions ("did you mean proc.name?"). How a field is actually extracted is the business of each
 * event producer's {@link dev.peregrine.engine.event.FieldBinder}: the catalog describes, binders implement, so the
 * kernel probe, the Java agent and replay files can all serve the same rules.
 *
 * <p>The catalog is declared in one small class per Falco field class ({@code EventFields}, {@code ProcessFields},
 * ..., {@code JvmFields}), one line per field, so a review reads like the documentation. {@code docs/fields.md} is
 * generated from it by {@link dev.peregrine.engine.fields.FieldsDoc}, and a test fails when the committed file is
 * stale: the documentation cannot drift from the code.
 *
 * <p>Types follow libsinsp's: a field's type decides which operators and values the compiler accepts. Where Falco's
 * type is dynamic ({@code evt.rawarg}) we declare the common case (numeric) and say so in the description.
 */
package dev.peregrine.engine.fields;
