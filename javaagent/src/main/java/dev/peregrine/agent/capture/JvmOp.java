package dev.peregrine.agent.capture;

/** The operations the agent intercepts; {@link #id()} is the value of {@code jvm.op} and {@code evt.type}. */
public enum JvmOp {
    FILE_OPEN("file_open"),
    FILE_DELETE("file_delete"),
    FILE_RENAME("file_rename"),
    PROCESS_START("process_start"),
    NET_CONNECT("net_connect"),
    NET_BIND("net_bind"),
    NET_ACCEPT("net_accept"),
    DESERIALIZE("deserialize"),
    JNDI_LOOKUP("jndi_lookup"),
    NATIVE_LOAD("native_load");

    private final String id;

    JvmOp(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
