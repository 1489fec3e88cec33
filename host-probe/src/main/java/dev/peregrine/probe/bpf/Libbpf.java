package dev.peregrine.probe.bpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * Hand-written FFM bindings to the few functions of the system {@code libbpf.so.1} (1.1.2 or newer) we use: no
 * jextract, every signature below is copied from libbpf's {@code libbpf.h}/{@code bpf.h}/{@code btf.h}.
 *
 * <p>libbpf 1.x reports errors as NULL + errno (pointer returning functions) or as a negative errno (int returning
 * functions), so the pointer returning ones capture errno. Loaded once; a missing library is remembered and reported
 * as {@link BpfUnavailableException.Reason#NO_LIBBPF} every time.
 */
final class Libbpf {

    static final String SONAME = "libbpf.so.1";

    private static Libbpf instance;
    private static BpfUnavailableException failure;

    // struct bpf_object *bpf_object__open_mem(const void *buf, size_t sz, const struct bpf_object_open_opts *opts)
    final MethodHandle objectOpenMem;
    // int bpf_object__load(struct bpf_object *obj)
    final MethodHandle objectLoad;
    // void bpf_object__close(struct bpf_object *obj)
    final MethodHandle objectClose;
    // struct bpf_program *bpf_object__find_program_by_name(const struct bpf_object *obj, const char *name)
    final MethodHandle findProgram;
    // struct bpf_map *bpf_object__find_map_by_name(const struct bpf_object *obj, const char *name)
    final MethodHandle findMap;
    // struct btf *bpf_object__btf(const struct bpf_object *obj)
    final MethodHandle objectBtf;
    // struct bpf_link *bpf_program__attach(const struct bpf_program *prog)
    final MethodHandle programAttach;
    // int bpf_link__destroy(struct bpf_link *link)
    final MethodHandle linkDestroy;
    // int bpf_map__fd(const struct bpf_map *map)
    final MethodHandle mapFd;
    // int bpf_map__set_max_entries(struct bpf_map *map, __u32 max_entries)
    final MethodHandle mapSetMaxEntries;
    // __u32 bpf_map__max_entries(const struct bpf_map *map)
    final MethodHandle mapMaxEntries;
    // __u32 bpf_map__value_size(const struct bpf_map *map)
    final MethodHandle mapValueSize;
    // int bpf_map__set_initial_value(struct bpf_map *map, const void *data, size_t size)
    final MethodHandle mapSetInitialValue;
    // int bpf_map_update_elem(int fd, const void *key, const void *value, __u64 flags)
    final MethodHandle mapUpdateElem;
    // int bpf_map_lookup_elem(int fd, const void *key, void *value)
    final MethodHandle mapLookupElem;
    // int libbpf_num_possible_cpus(void)
    final MethodHandle numPossibleCpus;
    // libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn)
    final MethodHandle setPrint;
    // __s32 btf__find_by_name_kind(const struct btf *btf, const char *type_name, __u32 kind)
    final MethodHandle btfFindByNameKind;
    // const struct btf_type *btf__type_by_id(const struct btf *btf, __u32 id)
    final MethodHandle btfTypeById;
    // const char *btf__name_by_offset(const struct btf *btf, __u32 offset)
    final MethodHandle btfNameByOffset;

    private Libbpf(SymbolLookup lib) {
        objectOpenMem = NativeCall.link(lib, "bpf_object__open_mem",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS), true);
        objectLoad = NativeCall.link(lib, "bpf_object__load", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        objectClose = NativeCall.link(lib, "bpf_object__close", FunctionDescriptor.ofVoid(ADDRESS), false);
        findProgram = NativeCall.link(lib, "bpf_object__find_program_by_name",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS), false);
        findMap = NativeCall.link(lib, "bpf_object__find_map_by_name",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS), false);
        objectBtf = NativeCall.link(lib, "bpf_object__btf", FunctionDescriptor.of(ADDRESS, ADDRESS), false);
        programAttach = NativeCall.link(lib, "bpf_program__attach", FunctionDescriptor.of(ADDRESS, ADDRESS), true);
        linkDestroy = NativeCall.link(lib, "bpf_link__destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        mapFd = NativeCall.link(lib, "bpf_map__fd", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        mapSetMaxEntries = NativeCall.link(lib, "bpf_map__set_max_entries",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), false);
        mapMaxEntries = NativeCall.link(lib, "bpf_map__max_entries", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        mapValueSize = NativeCall.link(lib, "bpf_map__value_size", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        mapSetInitialValue = NativeCall.link(lib, "bpf_map__set_initial_value",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG), false);
        mapUpdateElem = NativeCall.link(lib, "bpf_map_update_elem",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG), false);
        mapLookupElem = NativeCall.link(lib, "bpf_map_lookup_elem",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), false);
        numPossibleCpus = NativeCall.link(lib, "libbpf_num_possible_cpus", FunctionDescriptor.of(JAVA_INT), false);
        setPrint = NativeCall.link(lib, "libbpf_set_print", FunctionDescriptor.of(ADDRESS, ADDRESS), false);
        btfFindByNameKind = NativeCall.link(lib, "btf__find_by_name_kind",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT), false);
        btfTypeById = NativeCall.link(lib, "btf__type_by_id", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT), false);
        btfNameByOffset = NativeCall.link(lib, "btf__name_by_offset",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT), false);
    }

    /** The bindings, or {@link BpfUnavailableException} naming the missing library and the package to install. */
    static synchronized Libbpf get() {
        if (instance != null) {
            return instance;
        }
        if (failure == null) {
            try {
                instance = new Libbpf(SymbolLookup.libraryLookup(SONAME, Arena.global()));
                LibbpfLog.install(instance);
                return instance;
            } catch (IllegalArgumentException | UnsatisfiedLinkError e) {
                failure = new BpfUnavailableException(BpfUnavailableException.Reason.NO_LIBBPF,
                        "cannot load " + SONAME + " (" + e.getMessage() + "): install libbpf 1.1 or newer"
                                + " (Debian/Ubuntu: apt-get install libbpf1; Fedora/RHEL: dnf install libbpf)", e);
            }
        }
        throw failure;
    }
}
