package dev.peregrine.engine.rules;

/** Messages shared by several readers, worded after Falco's rule_loading_messages.h so users recognise them. */
final class Messages {

    static final String DEPRECATED_APPEND = "'append' key is deprecated: add an 'append' entry (e.g."
            + " 'condition: append') under 'override' instead";

    static final String DEPRECATED_ENABLED = "the standalone 'enabled' key is deprecated: also add"
            + " 'override: {enabled: replace}'";

    static final String OVERRIDE_WITH_APPEND = "keys 'override' and 'append: true' cannot be used together: add an"
            + " 'append' entry (e.g. 'condition: append') under 'override' instead";

    private Messages() {
    }
}
