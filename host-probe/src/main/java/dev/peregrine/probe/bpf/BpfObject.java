package dev.peregrine.probe.bpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * A BPF ELF object through libbpf: {@link #open} parses it (no privileges, no kernel involved: the testable "spec"
 * half), {@link #load} creates its maps and verifies its programs in the kernel, {@link #attach} attaches one program
 * by name. {@link #close} detaches and frees everything, links first.
 *
 * <p>Not thread-safe: one owner opens, configures, loads and closes it. Maps found through it may be used from any
 * thread once loaded.
 */
public final class BpfObject implements AutoCloseable {

    private final Libbpf libbpf;
    private final Arena arena;
    private final MemorySegment object;
    private final List<BpfLink> links = new ArrayList<>();
    private boolean closed;

    private BpfObject(Libbpf libbpf, Arena arena, MemorySegment object) {
        this.libbpf = libbpf;
        this.arena = arena;
        this.object = object;
    }

    /** Parses {@code elf} (kept alive until close: libbpf reads it in place until load). */
    public static BpfObject open(byte[] elf, String name) {
        Libbpf libbpf = Libbpf.get();
        Arena arena = Arena.ofShared();
        try {
            MemorySegment buf = arena.allocate(elf.length, 8);
            MemorySegment.copy(elf, 0, buf, JAVA_BYTE, 0, elf.length);
            // struct bpf_object_open_opts { size_t sz; const char *object_name; ... }: fields past sz default.
            MemorySegment opts = arena.allocate(16, 8);
            opts.set(JAVA_LONG, 0, 16);
            opts.set(ADDRESS, 8, arena.allocateFrom(name));
            MemorySegment errno = NativeCall.newErrnoState(arena);
            MemorySegment obj = (MemorySegment) libbpf.objectOpenMem.invokeExact(errno, buf, (long) elf.length, opts);
            if (obj.equals(MemorySegment.NULL)) {
                throw new BpfUnavailableException(BpfUnavailableException.Reason.BAD_OBJECT,
                        "libbpf cannot parse BPF object '" + name + "': " + NativeCall.describe(NativeCall.errno(errno))
                                + Errors.libbpfTail());
            }
            return new BpfObject(libbpf, arena, obj);
        } catch (BpfUnavailableException e) {
            arena.close();
            throw e;
        } catch (Throwable t) {
            arena.close();
            throw Errors.unexpected("bpf_object__open_mem", t);
        }
    }

    /** The map named {@code name} (".rodata"/".bss" for the global data sections). */
    public BpfMap map(String name) {
        MemorySegment map;
        try {
            map = (MemorySegment) libbpf.findMap.invokeExact(object, arena.allocateFrom(name));
        } catch (Throwable t) {
            throw Errors.unexpected("bpf_object__find_map_by_name", t);
        }
        if (map.equals(MemorySegment.NULL)) {
            throw new IllegalArgumentException("BPF object has no map named " + name);
        }
        return new BpfMap(libbpf, map, name);
    }

    /** Creates the maps and loads the programs; a refusal quotes the tail of libbpf's log (the verifier's). */
    public void load() {
        LibbpfLog.clearRecent();
        int rc;
        try {
            rc = (int) libbpf.objectLoad.invokeExact(object);
        } catch (Throwable t) {
            throw Errors.unexpected("bpf_object__load", t);
        }
        if (rc < 0) {
            throw new BpfUnavailableException(BpfUnavailableException.Reason.KERNEL_REFUSED,
                    "the kernel refused to load the BPF programs: " + NativeCall.describe(rc)
                            + Errors.hint(rc) + Errors.libbpfTail());
        }
    }

    /** Attaches the program by its C function name (the section name gives the attach point). */
    public BpfLink attach(String program) {
        try {
            MemorySegment prog = (MemorySegment) libbpf.findProgram.invokeExact(object, arena.allocateFrom(program));
            if (prog.equals(MemorySegment.NULL)) {
                throw new IllegalArgumentException("BPF object has no program named " + program);
            }
            MemorySegment errno = NativeCall.newErrnoState(arena);
            MemorySegment link = (MemorySegment) libbpf.programAttach.invokeExact(errno, prog);
            if (link.equals(MemorySegment.NULL)) {
                int e = NativeCall.errno(errno);
                throw new BpfUnavailableException(BpfUnavailableException.Reason.KERNEL_REFUSED,
                        "the kernel refused to attach BPF program " + program + ": " + NativeCall.describe(e)
                                + Errors.hint(e) + Errors.libbpfTail());
            }
            BpfLink l = new BpfLink(libbpf, link, program);
            links.add(l);
            return l;
        } catch (BpfUnavailableException | IllegalArgumentException e) {
            throw e;
        } catch (Throwable t) {
            throw Errors.unexpected("bpf_program__attach", t);
        }
    }

    /** The object's BTF (type information), for layout checks; valid until close. */
    public Btf btf() {
        try {
            MemorySegment btf = (MemorySegment) libbpf.objectBtf.invokeExact(object);
            if (btf.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("BPF object has no BTF");
            }
            return new Btf(libbpf, btf);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw Errors.unexpected("bpf_object__btf", t);
        }
    }

    /** Detaches every program, then unloads the object (maps and programs go when their last fd closes). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = links.size() - 1; i >= 0; i--) {
            links.get(i).close();
        }
        try {
            libbpf.objectClose.invokeExact(object);
        } catch (Throwable t) {
            throw Errors.unexpected("bpf_object__close", t);
        } finally {
            arena.close();
        }
    }
}
