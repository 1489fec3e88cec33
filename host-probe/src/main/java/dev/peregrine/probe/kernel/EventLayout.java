package dev.peregrine.probe.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Java mirror of {@code struct pg_event} and the constants of host-probe/src/main/bpf/peregrine.h, the single
 * definition of the kernel to user space record. EventLayoutTest checks every offset here against the BTF of the
 * committed object, so an edit to the C struct without this class fails the build's tests.
 */
public final class EventLayout {

    public static final int TS_NS = 0;
    public static final int KIND = 8;
    public static final int SLOT = 10;
    public static final int FLAGS = 12;
    public static final int TGID = 16;
    public static final int TID = 20;
    public static final int PPID = 24;
    public static final int UID = 28;
    public static final int GID = 32;
    public static final int EUID = 36;
    public static final int EGID = 40;
    public static final int LOGINUID = 44;
    public static final int RET = 48;
    public static final int ARGS = 56;
    public static final int AUX = 104;
    public static final int CAP_EFF = 120;
    public static final int CGROUP_ID = 128;
    public static final int TTY = 136;
    public static final int SK_FAMILY = 140;
    public static final int SK_TYPE = 142;
    public static final int SK_SPORT = 144;
    public static final int SK_DPORT = 146;
    public static final int SK_SADDR = 148;
    public static final int SK_DADDR = 164;
    public static final int LEN = 180;
    public static final int COMM = 188;
    public static final int NS_TID = 204;
    /** sizeof(struct pg_event); the variable fields follow. */
    public static final int SIZE = 208;

    public static final int KIND_SYSCALL = 1;
    public static final int KIND_FORK = 2;
    public static final int KIND_EXIT = 3;

    public static final int FLAG_EXEC = 0x1;
    public static final int FLAG_EXE_MEMFD = 0x2;
    public static final int FLAG_SOCK = 0x4;
    public static final int FLAG_TRUNCATED = 0x8;
    public static final int FLAG_HOW = 0x10;

    public static final int FIELDS = 3;
    /** sizeof(struct pg_config), the .rodata section. */
    public static final int CONFIG_SIZE = 8;

    private EventLayout() {
    }

    /** C member name to offset, for the layout test. */
    public static Map<String, Integer> offsets() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("ts_ns", TS_NS);
        m.put("kind", KIND);
        m.put("slot", SLOT);
        m.put("flags", FLAGS);
        m.put("tgid", TGID);
        m.put("tid", TID);
        m.put("ppid", PPID);
        m.put("uid", UID);
        m.put("gid", GID);
        m.put("euid", EUID);
        m.put("egid", EGID);
        m.put("loginuid", LOGINUID);
        m.put("ret", RET);
        m.put("args", ARGS);
        m.put("aux", AUX);
        m.put("cap_eff", CAP_EFF);
        m.put("cgroup_id", CGROUP_ID);
        m.put("tty", TTY);
        m.put("sk_family", SK_FAMILY);
        m.put("sk_type", SK_TYPE);
        m.put("sk_sport", SK_SPORT);
        m.put("sk_dport", SK_DPORT);
        m.put("sk_saddr", SK_SADDR);
        m.put("sk_daddr", SK_DADDR);
        m.put("len", LEN);
        m.put("pad0", LEN + 2 * FIELDS);
        m.put("comm", COMM);
        m.put("ns_tid", NS_TID);
        return m;
    }
}
