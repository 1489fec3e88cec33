/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */
/*
 * The one place where the kernel -> user space record layout is defined.
 *
 * Java mirrors it in dev.peregrine.probe.kernel.EventLayout; EventLayoutTest reads the BTF of the compiled object
 * (peregrine.bpf.o) and checks every offset below against the Java constants, so the two cannot drift silently.
 *
 * Every record in the ring buffer is one struct pg_event, followed (syscall records only) by up to three variable
 * fields packed back to back: field i has len[i] bytes (0 = absent). What a field holds depends on the syscall:
 * see peregrine.bpf.c (capture_args) and docs/probe.md. All integers are little endian (x86_64 / bpfel).
 *
 * This header is included by BPF C only: it uses the __u* types of vmlinux.h.
 */
#ifndef PEREGRINE_H
#define PEREGRINE_H

/* Record kinds. */
#define PG_KIND_SYSCALL 1 /* a syscall returned: captured at tp_btf/sys_exit */
#define PG_KIND_FORK 2    /* tp_btf/sched_process_fork: a task was created (aux[0] = child tid, aux[1] = child tgid) */
#define PG_KIND_EXIT 3    /* tp_btf/sched_process_exit: a task exits (ret = exit_code, aux[0] = 1 if whole group) */

/*
 * Slots of the wanted map and of the drop counter map: 0..511 are x86_64 syscall numbers, the rest are the
 * process lifecycle events that are not syscalls.
 */
#define PG_SYSCALL_MAX 512
#define PG_SLOT_FORK 512
#define PG_SLOT_EXIT 513
#define PG_SLOTS 1024

/* Flags. */
#define PG_F_EXEC 0x1      /* successful execve/execveat: loginuid, cap_eff, tty valid; fields = exe, argv, cwd */
#define PG_F_EXE_MEMFD 0x2 /* the new image was executed from a memfd (memfd_create + execveat/fexecve) */
#define PG_F_SOCK 0x4      /* sk_* tuple valid (read from the kernel socket of the fd) */
#define PG_F_TRUNCATED 0x8 /* a path was deeper than PG_PATH_DEPTH or a field longer than PG_FIELD_MAX */
#define PG_F_HOW 0x10      /* openat2: aux[0] = open_how.flags, aux[1] = open_how.mode */

#define PG_FIELDS 3
#define PG_FIELD_MAX 4096 /* max bytes of one variable field */
#define PG_NAME_MAX 256   /* max bytes of one path component, NUL included */
#define PG_PATH_DEPTH 48  /* max components of a path walked in the kernel */
#define PG_SOCKADDR_MAX 128

struct pg_event {
	__u64 ts_ns;      /*   0: bpf_ktime_get_ns() (CLOCK_MONOTONIC) */
	__u16 kind;       /*   8: PG_KIND_* */
	__u16 slot;       /*  10: syscall number or PG_SLOT_* */
	__u32 flags;      /*  12: PG_F_* */
	__u32 tgid;       /*  16: process id of the current task */
	__u32 tid;        /*  20: thread id of the current task */
	__u32 ppid;       /*  24: tgid of real_parent */
	__u32 uid;        /*  28: real uid */
	__u32 gid;        /*  32: real gid */
	__u32 euid;       /*  36 */
	__u32 egid;       /*  40 */
	__u32 loginuid;   /*  44: PG_F_EXEC only (audit loginuid, 0xffffffff = unset) */
	__s64 ret;        /*  48: syscall return value (negative errno on failure) / exit code */
	__u64 args[6];    /*  56: raw syscall arguments (di, si, dx, r10, r8, r9 at sys_exit) */
	__u64 aux[2];     /* 104: kind/syscall specific, see PG_KIND_* and PG_F_HOW */
	__u64 cap_eff;    /* 120: PG_F_EXEC only: effective capabilities */
	__u64 cgroup_id;  /* 128: PG_F_EXEC only: bpf_get_current_cgroup_id() (cgroup v2 id) */
	__u32 tty;        /* 136: PG_F_EXEC only: controlling tty as (major << 20) | minor, 0 = none */
	__u16 sk_family;  /* 140: PG_F_SOCK: AF_INET / AF_INET6 / AF_UNIX ... */
	__u16 sk_type;    /* 142: PG_F_SOCK: SOCK_STREAM / SOCK_DGRAM ... */
	__u16 sk_sport;   /* 144: PG_F_SOCK: local port, host order */
	__u16 sk_dport;   /* 146: PG_F_SOCK: remote port, host order */
	__u8 sk_saddr[16];/* 148: PG_F_SOCK: local address (IPv4 in the first 4 bytes) */
	__u8 sk_daddr[16];/* 164: PG_F_SOCK: remote address */
	__u16 len[PG_FIELDS]; /* 180: byte length of each variable field, 0 = absent */
	__u16 pad0;       /* 186 */
	char comm[16];    /* 188: task comm */
	__u32 ns_tid;     /* 204: the task's tid in its own PID namespace (= tid on the host; 0 if not read) */
};                        /* 208 bytes, then the fields */

/* Configuration fixed before load (.rodata: the verifier folds it into constants, so it costs nothing). */
struct pg_config {
	__u32 probe_tgid; /* the probe's own process: never traced */
	__u32 pad;
};

#endif
