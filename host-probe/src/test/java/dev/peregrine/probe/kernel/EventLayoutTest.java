package dev.peregrine.probe.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.probe.bpf.BpfObject;
import dev.peregrine.probe.bpf.BpfUnavailableException;
import dev.peregrine.probe.bpf.Btf;
import dev.peregrine.probe.bpf.RequiresBpf;
import org.junit.jupiter.api.Test;

/** The Java mirror of struct pg_event matches what clang laid out (read from the committed object's BTF). */
class EventLayoutTest {

    private static Btf.StructLayout struct(String name) {
        try (BpfObject object = BpfObject.open(ProbeObject.bytes(), "peregrine")) {
            return object.btf().struct(name);
        } catch (BpfUnavailableException e) {
            RequiresBpf.skipOrFail(e);
            throw e;
        }
    }

    @Test
    void eventOffsetsMatchBtf() {
        Btf.StructLayout event = struct("pg_event");
        assertEquals(EventLayout.offsets(), event.offsets());
        assertEquals(EventLayout.SIZE, event.size());
    }

    @Test
    void configSizeMatchesBtf() {
        Btf.StructLayout config = struct("pg_config");
        assertEquals(EventLayout.CONFIG_SIZE, config.size());
        assertEquals(0, config.offsets().get("probe_tgid"));
    }
}
