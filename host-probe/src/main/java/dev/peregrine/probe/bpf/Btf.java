package dev.peregrine.probe.bpf;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read access to BTF type information through libbpf, enough to read a struct's size and member byte offsets: lets
 * tests check Java mirrors of C structs against what clang actually laid out.
 */
public final class Btf {

    private static final int BTF_KIND_STRUCT = 4;
    private static final int TYPE_HEADER = 12; // struct btf_type { u32 name_off; u32 info; u32 size; }
    private static final int MEMBER = 12; // struct btf_member { u32 name_off; u32 type; u32 offset; }

    private final Libbpf libbpf;
    private final MemorySegment btf;

    Btf(Libbpf libbpf, MemorySegment btf) {
        this.libbpf = libbpf;
        this.btf = btf;
    }

    /** A struct's layout: total size and member name to byte offset, in declaration order. */
    public record StructLayout(String name, int size, Map<String, Integer> offsets) {
    }

    public StructLayout struct(String name) {
        try (Arena arena = Arena.ofConfined()) {
            int id = (int) libbpf.btfFindByNameKind.invokeExact(btf, arena.allocateFrom(name), BTF_KIND_STRUCT);
            if (id < 0) {
                throw new IllegalArgumentException("no struct " + name + " in BTF");
            }
            MemorySegment type = ((MemorySegment) libbpf.btfTypeById.invokeExact(btf, id)).reinterpret(TYPE_HEADER);
            int info = type.get(JAVA_INT, 4);
            int vlen = info & 0xffff;
            boolean bitfields = (info >>> 31) != 0;
            int size = type.get(JAVA_INT, 8);
            MemorySegment members = type.reinterpret(TYPE_HEADER + (long) MEMBER * vlen);
            Map<String, Integer> offsets = new LinkedHashMap<>();
            for (int i = 0; i < vlen; i++) {
                long m = TYPE_HEADER + (long) MEMBER * i;
                int bitOffset = members.get(JAVA_INT, m + 8);
                if (bitfields) {
                    bitOffset &= 0xffffff; // kind_flag: bitfield size in the top 8 bits
                }
                offsets.put(name(members.get(JAVA_INT, m)), bitOffset / 8);
            }
            return new StructLayout(name, size, offsets);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Throwable t) {
            throw Errors.unexpected("btf", t);
        }
    }

    private String name(int offset) throws Throwable {
        MemorySegment s = (MemorySegment) libbpf.btfNameByOffset.invokeExact(btf, offset);
        return s.reinterpret(256).getString(0);
    }
}
