package dev.peregrine.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peregrine.engine.fields.FieldType;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts a JSON value to what an accessor of the field's type returns: {@link String}, {@link Long},
 * {@link Boolean} or {@code List<String>}. Lenient where the intent is unambiguous (a number written as
 * {@code "123"}, a boolean as {@code "true"}), strict otherwise: {@code "12abc"} for a number is an error.
 */
final class ValueCoercion {

    private ValueCoercion() {
    }

    static Object coerce(FieldKey key, JsonNode node) throws BadEventException {
        FieldType type = key.field().type();
        if (node.isArray()) {
            return list(key, node);
        }
        if (type.isNumeric()) {
            return number(key, node);
        }
        if (type == FieldType.BOOL) {
            return bool(key, node);
        }
        if (type == FieldType.STRING_LIST) {
            return List.of(scalarText(key, node));
        }
        return scalarText(key, node);
    }

    private static Long number(FieldKey key, JsonNode node) throws BadEventException {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.textValue().trim());
            } catch (NumberFormatException e) {
                // fall through to the error naming the value
            }
        }
        throw mismatch(key, "an integer", node);
    }

    private static Boolean bool(FieldKey key, JsonNode node) throws BadEventException {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
            return Boolean.valueOf(node.textValue());
        }
        if (node.isIntegralNumber() && (node.longValue() == 0 || node.longValue() == 1)) {
            return node.longValue() == 1;
        }
        throw mismatch(key, "true or false", node);
    }

    /** Lists are allowed for text fields: {@code proc.aname} without index is every ancestor's name. */
    private static List<String> list(FieldKey key, JsonNode node) throws BadEventException {
        FieldType type = key.field().type();
        if (type != FieldType.STRING && type != FieldType.STRING_LIST) {
            throw mismatch(key, "a single " + type.displayName() + " value", node);
        }
        List<String> items = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            items.add(scalarText(key, item));
        }
        return List.copyOf(items);
    }

    private static String scalarText(FieldKey key, JsonNode node) throws BadEventException {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw mismatch(key, "a string", node);
    }

    private static BadEventException mismatch(FieldKey key, String expected, JsonNode node) {
        String shown = node.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new BadEventException("field '" + key.canonical() + "' (" + key.field().type().displayName()
                + ") expects " + expected + ", got " + shown);
    }
}
