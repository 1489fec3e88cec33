package dev.peregrine.probe.bpf;

import java.lang.foreign.MemorySegment;

/** An attached program; closing it detaches the program. Owned by its {@link BpfObject}, which closes it too. */
public final class BpfLink implements AutoCloseable {

    private final Libbpf libbpf;
    private final MemorySegment link;
    private final String program;
    private boolean closed;

    BpfLink(Libbpf libbpf, MemorySegment link, String program) {
        this.libbpf = libbpf;
        this.link = link;
        this.program = program;
    }

    public String program() {
        return program;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            int rc = (int) libbpf.linkDestroy.invokeExact(link);
            if (rc < 0) {
                throw new IllegalStateException("bpf_link__destroy(" + program + "): " + NativeCall.describe(rc));
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw Errors.unexpected("bpf_link__destroy", t);
        }
    }
}
