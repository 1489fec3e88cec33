package dev.peregrine.engine.compile;

import dev.peregrine.engine.eval.ListValue;
import dev.peregrine.engine.eval.NumberValue;
import dev.peregrine.engine.eval.TextValue;
import dev.peregrine.engine.event.Accessor;
import dev.peregrine.engine.fields.FieldType;

/**
 * The left side of a check after binding: its type, and the ways to read it. {@code accessor} is set for a plain
 * field (so string checks can apply Falco's any-element rule to multi-valued reads such as {@code proc.aname});
 * {@code list} says the value is a list ({@code STRING_LIST} fields, {@code getopt()}).
 */
record Bound(String display, FieldType type, boolean list, Accessor accessor, TextValue text, NumberValue number,
             ListValue listValue) {

    static Bound field(String display, FieldType type, Accessor accessor) {
        boolean list = type == FieldType.STRING_LIST;
        return new Bound(display, type, list, accessor, TextValue.of(accessor), NumberValue.of(accessor),
                list ? ListValue.of(accessor) : null);
    }

    static Bound text(String display, TextValue text) {
        return new Bound(display, FieldType.STRING, false, null, text, null, null);
    }

    static Bound number(String display, NumberValue number) {
        return new Bound(display, FieldType.UINT, false, null, null, number, null);
    }

    static Bound list(String display, ListValue list) {
        return new Bound(display, FieldType.STRING_LIST, true, null, null, null, list);
    }

    boolean isNumeric() {
        return type.isNumeric() || type == FieldType.BOOL;
    }

    boolean isText() {
        return type == FieldType.STRING || type == FieldType.BYTES;
    }

    boolean isAddress() {
        return type == FieldType.IPADDR || type == FieldType.IPNET;
    }

    String describe() {
        return "'" + display + "' (" + type.displayName() + ")";
    }
}
