package dev.peregrine.probe.kernel;

import dev.peregrine.probe.bpf.BpfUnavailableException;
import java.io.IOException;
import java.io.InputStream;

/** The committed, prebuilt BPF object (host-probe/scripts/gen-bpf.sh builds it from src/main/bpf). */
public final class ProbeObject {

    /** Classpath location of the object. */
    public static final String RESOURCE = "/bpf/peregrine.bpf.o";

    /** Program (C function) names in the object, attached in this order. */
    static final String[] PROGRAMS = {"pg_sys_exit", "pg_fork", "pg_exit"};

    private ProbeObject() {
    }

    public static byte[] bytes() {
        try (InputStream in = ProbeObject.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new BpfUnavailableException(BpfUnavailableException.Reason.BAD_OBJECT,
                        "BPF object " + RESOURCE + " is missing from the classpath: rebuild host-probe"
                                + " (host-probe/scripts/gen-bpf.sh regenerates it)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BpfUnavailableException(BpfUnavailableException.Reason.BAD_OBJECT,
                    "cannot read BPF object " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
