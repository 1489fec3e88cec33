package dev.peregrine.engine.output;

/**
 * Falco's {@code json_include_output_property}, {@code json_include_output_fields_property},
 * {@code json_include_tags_property} and {@code json_include_message_property} settings.
 */
public record JsonOptions(boolean includeOutput, boolean includeOutputFields, boolean includeTags,
                          boolean includeMessage) {

    /** As in Falco's default {@code falco.yaml}. */
    public static final JsonOptions FALCO_DEFAULTS = new JsonOptions(true, true, true, false);
}
