package dev.peregrine.engine.fields;

import static dev.peregrine.engine.fields.FieldType.INT;
import static dev.peregrine.engine.fields.FieldType.STRING;
import static dev.peregrine.engine.fields.FieldType.UINT;

/** Falco's {@code user.*} and {@code group.*} classes: who the process runs as. */
final class UserFields {

    private UserFields() {
    }

    static void declare(FieldTable t) {
        t.shared("user.uid", UINT, "Id of the user the process runs as.")
                .shared("user.name", STRING, "Name of the user the process runs as.")
                .add("user.homedir", STRING, "Home directory of the user.")
                .add("user.shell", STRING, "Login shell of the user.")
                .add("user.loginuid", INT, "Audit login uid of the user; -1 when not set (e.g. daemons).")
                .add("user.loginname", STRING, "Name of the audit login user.")
                .add("group.gid", UINT, "Id of the group the process runs as.")
                .add("group.name", STRING, "Name of the group the process runs as.");
    }
}
