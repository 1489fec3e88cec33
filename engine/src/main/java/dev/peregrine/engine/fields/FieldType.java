package dev.peregrine.engine.fields;

/** Value types of fields, as in Falco ({@code ppm_param_type} reduced to what rules can compare). */
public enum FieldType {
    STRING, INT, UINT, BOOL, IPADDR, IPNET, PORT, ABSTIME, RELTIME, BYTES, STRING_LIST;

    public boolean isNumeric() {
        return this == INT || this == UINT || this == PORT || this == ABSTIME || this == RELTIME;
    }

    /** The name used in docs and errors, as Falco prints it (e.g. {@code CHARBUF} is our {@code string}). */
    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
