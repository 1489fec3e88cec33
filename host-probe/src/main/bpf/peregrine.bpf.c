// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Peregrine's kernel side: CO-RE programs that capture security relevant syscalls and the process lifecycle into a
 * BPF ring buffer. Build with host-probe/scripts/gen-bpf.sh (the object is committed under src/main/resources/bpf).
 *
 * Cost model (measured on the target kernel): every attached raw syscall tracepoint costs ~100 ns on every syscall
 * of every task (the syscall slow path plus the program call; tp_btf and raw_tp alike). So there is exactly one
 * syscall program, at sys_exit: on x86_64 the pt_regs seen at sys_exit still hold the user's argument registers (the
 * syscall only writes ax), and user memory the syscall just read (paths, sockaddrs) is resident. The one exception
 * is a successful execve, whose registers are reset for the new image (ELF_PLAT_INIT): for it we read the new
 * image's state instead (exe file, mm->arg_start..arg_end, cwd, creds), which is what rules want anyway. No
 * sys_enter program.
 *
 * Per event work is kept small. Every syscall of every task runs pg_sys_exit, so it decides with plain loads and no
 * helper call (orig_ax through the BTF-typed pt_regs, then the wanted array, whose lookup the verifier inlines): a
 * syscall no rule needs costs what an empty program at sys_exit costs. Only a wanted syscall pays for the rest, and
 * that is read with plain loads through BTF pointers too (task, cred, pt_regs), because every
 * bpf_probe_read_kernel() is a helper call costing tens of ns on the target VM (measured: a captured open went from
 * ~1.0 us to ~0.4 us of program time with this). The probe's own process is filtered by a .rodata constant. Strings
 * are copied into a per-CPU scratch record and the record is copied once into the ring (bpf_ringbuf_output): ring
 * reservations must have a constant size, and reserving the worst case (3 x 4 KiB) for every open() would waste the
 * ring. The fixed size fork/exit records are reserved in place. A full ring drops the record and counts it per slot.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include "peregrine.h"

char LICENSE[] SEC("license") = "Dual MIT/GPL";

/* x86_64 syscall numbers (arch/x86/entry/syscalls/syscall_64.tbl); the Java mirror is SyscallNumbers. */
#define NR_open 2
#define NR_dup 32
#define NR_dup2 33
#define NR_socket 41
#define NR_connect 42
#define NR_accept 43
#define NR_sendto 44
#define NR_sendmsg 46
#define NR_bind 49
#define NR_listen 50
#define NR_execve 59
#define NR_rename 82
#define NR_mkdir 83
#define NR_creat 85
#define NR_link 86
#define NR_unlink 87
#define NR_symlink 88
#define NR_chmod 90
#define NR_mount 165
#define NR_umount2 166
#define NR_init_module 175
#define NR_openat 257
#define NR_mkdirat 258
#define NR_unlinkat 263
#define NR_renameat 264
#define NR_linkat 265
#define NR_symlinkat 266
#define NR_fchmodat 268
#define NR_accept4 288
#define NR_finit_module 313
#define NR_renameat2 316
#define NR_memfd_create 319
#define NR_execveat 322
#define NR_openat2 437
#define NR_fchmodat2 452

#define S_IFMT 00170000
#define S_IFSOCK 0140000
#define AF_INET 2
#define AF_INET6 10

/* Field positions are masked with this so the verifier can prove every copy stays inside the scratch record. */
#define PG_POS_MASK 0x3fff
#define PG_DATA_SIZE (PG_POS_MASK + 1 + PG_FIELD_MAX)

struct pg_buf {
	struct pg_event ev;
	__u8 data[PG_DATA_SIZE];
};

const volatile struct pg_config pg_cfg = {};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 8 << 20); /* user space may resize before load */
} pg_ring SEC(".maps");

/* Indexed by slot (syscall number or PG_SLOT_*): non-zero = send. Written by user space at runtime. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, PG_SLOTS);
	__type(key, __u32);
	__type(value, __u8);
} pg_wanted SEC(".maps");

/* Records lost because the ring was full, per slot and CPU (per-CPU: no atomics on the hot path). */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, PG_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} pg_drops SEC(".maps");

/*
 * Only the sys_exit program uses it. The kernel refuses to re-enter the same program on a CPU (prog->active in
 * bpf_trace_run*), so a task preempting us on this CPU cannot overwrite the record being built.
 */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct pg_buf);
} pg_scratch SEC(".maps");

static __always_inline bool wanted(__u32 slot)
{
	__u8 *w = bpf_map_lookup_elem(&pg_wanted, &slot);
	return w && *w;
}

static __always_inline void count_drop(__u32 slot)
{
	__u64 *c = bpf_map_lookup_elem(&pg_drops, &slot);
	if (c)
		*c += 1;
}

/*
 * Wakeups. By default the kernel wakes the consumer for each record committed while the consumer is caught up
 * (kernel/bpf/ringbuf.c, bpf_ringbuf_commit), and a consumer that keeps up is always caught up: one irq_work and
 * an IPI per captured syscall, paid by the task making it (~5 us per open+close measured here; docs/benchmarks.md).
 * So records are committed with BPF_RB_NO_WAKEUP and the consumer drains on a short timer (RingBuffer's tick);
 * only the record that makes the backlog cross PG_WAKEUP_BYTES forces a wakeup, so a burst is drained at once.
 * avail_before is the backlog before this record was added.
 */
#define PG_WAKEUP_BYTES (256 << 10)

static __always_inline __u64 wakeup_flags(__u64 avail_before, __u64 size)
{
	return avail_before < PG_WAKEUP_BYTES && avail_before + size >= PG_WAKEUP_BYTES ?
		BPF_RB_FORCE_WAKEUP : BPF_RB_NO_WAKEUP;
}

/*
 * The task's tid as its own PID namespace numbers it (pid->numbers[pid->level].nr): what a JVM in a container
 * reports in its ring, so the probe can map its records' tids to the host's without asking /proc (the thread may be
 * gone by then). Host tasks (level 0) cost two plain loads. The array is indexed by a variable, which the verifier
 * does not allow through a BTF pointer, so a nested task pays one bpf_probe_read_kernel().
 */
static __always_inline __u32 ns_tid(struct task_struct *t)
{
	struct pid *p = t->thread_pid;
	unsigned int level = p->level;
	/* Written on the stack either way: returning t->pid or the stack value from one load of a pointer chosen by
	 * level is what clang emits otherwise, which the verifier refuses (one insn, two pointer types). */
	int nr = t->pid;

	if (level != 0 && bpf_probe_read_kernel(&nr, sizeof(nr), &p->numbers[level & 31].nr))
		nr = 0;
	return nr;
}

/*
 * The header every record starts with. Task and cred fields are read with plain loads through the BTF-typed task
 * pointer (the verifier turns them into exception-table guarded loads), not with bpf_probe_read_kernel(): each helper
 * call costs tens of ns on the target VM, and this runs for every captured syscall.
 */
static __always_inline void fill_common(struct pg_event *e, __u16 kind, __u16 slot, __u64 pid_tgid)
{
	struct task_struct *t = bpf_get_current_task_btf();
	const struct cred *cred = t->cred;

	__builtin_memset(e, 0, sizeof(*e));
	e->ts_ns = bpf_ktime_get_ns();
	e->kind = kind;
	e->slot = slot;
	e->tgid = pid_tgid >> 32;
	e->tid = (__u32)pid_tgid;
	e->ppid = t->real_parent->tgid;
	e->uid = cred->uid.val;
	e->gid = cred->gid.val;
	e->euid = cred->euid.val;
	e->egid = cred->egid.val;
	__builtin_memcpy(e->comm, t->comm, sizeof(e->comm));
	e->ns_tid = ns_tid(t);
}

/* Copies a NUL-terminated user string into field `field`; a NULL pointer leaves the field absent. */
static __always_inline void put_ustr(struct pg_buf *b, __u32 *pos, int field, __u64 uptr)
{
	__u32 p = *pos & PG_POS_MASK;
	long n;

	if (!uptr)
		return;
	n = bpf_probe_read_user_str(&b->data[p], PG_FIELD_MAX, (const void *)uptr);
	if (n > 0) {
		b->ev.len[field] = n;
		*pos = p + n;
	}
}

/* Copies len bytes of user memory (a sockaddr) into field `field`. */
static __always_inline void put_ubytes(struct pg_buf *b, __u32 *pos, int field, __u64 uptr, __u64 len)
{
	__u32 p = *pos & PG_POS_MASK;
	__u32 n = len > PG_SOCKADDR_MAX ? PG_SOCKADDR_MAX : len;

	if (!uptr || n == 0)
		return;
	n &= 0xff;
	if (bpf_probe_read_user(&b->data[p], n, (const void *)uptr) == 0) {
		b->ev.len[field] = n;
		*pos = p + n;
	}
}

/*
 * Writes the components of a path leaf first, each NUL-terminated ("b\0a\0" for /a/b; empty for /), crossing
 * mount points like d_path() does. Java reverses them. Walking in the kernel is needed because bpf_d_path() is not
 * allowed from tracepoints; the walk ends at the namespace's root mount (a chroot is not honoured). The walk is a
 * bpf_loop() callback: the verifier checks one step once instead of exploring every branch of every iteration
 * (an unrolled 48 step walk exceeds its 1M instruction budget).
 */
struct walk_ctx {
	struct dentry *d;
	struct mount *mnt;
	__u32 start;
	__u32 p;
	__u32 done;
};

static long walk_step(__u64 i, struct walk_ctx *c)
{
	__u32 zero = 0;
	struct pg_buf *b = bpf_map_lookup_elem(&pg_scratch, &zero);
	struct dentry *d = c->d;
	struct mount *mnt = c->mnt;
	struct dentry *parent;
	long n;

	if (!b)
		return 1;
	if (d == BPF_CORE_READ(mnt, mnt.mnt_root)) {
		struct mount *up = BPF_CORE_READ(mnt, mnt_parent);

		if (up == mnt) {
			c->done = 1; /* the root of the mount tree */
			return 1;
		}
		c->d = BPF_CORE_READ(mnt, mnt_mountpoint);
		c->mnt = up;
		return 0;
	}
	if (c->p - c->start > PG_FIELD_MAX - PG_NAME_MAX)
		return 1; /* not done: truncated */
	n = bpf_probe_read_kernel_str(&b->data[c->p & PG_POS_MASK], PG_NAME_MAX, BPF_CORE_READ(d, d_name.name));
	if (n <= 0)
		return 1;
	c->p = (c->p & PG_POS_MASK) + n;
	parent = BPF_CORE_READ(d, d_parent);
	if (parent == d) {
		c->done = 1; /* a pseudo file (memfd, pipe...): no parent */
		return 1;
	}
	c->d = parent;
	return 0;
}

static __always_inline __u32 put_path(struct pg_buf *b, __u32 pos, int field, struct dentry *d,
				      struct vfsmount *vfsmnt)
{
	struct walk_ctx c = {
		.d = d,
		.mnt = container_of(vfsmnt, struct mount, mnt),
		.start = pos & PG_POS_MASK,
		.p = pos & PG_POS_MASK,
	};

	bpf_loop(PG_PATH_DEPTH, walk_step, &c, 0);
	if (!c.done)
		b->ev.flags |= PG_F_TRUNCATED;
	b->ev.len[field] = c.p - c.start;
	return c.p;
}

static __always_inline bool is_memfd(struct file *f)
{
	char name[8] = {};

	bpf_probe_read_kernel_str(name, sizeof(name), BPF_CORE_READ(f, f_path.dentry, d_name.name));
	return name[0] == 'm' && name[1] == 'e' && name[2] == 'm' && name[3] == 'f' && name[4] == 'd' && name[5] == ':' &&
	       BPF_CORE_READ(f, f_inode, __i_nlink) == 0;
}

/* State of the new image after a successful execve: fields = exe path, argv, cwd. */
static __always_inline __u32 capture_exec(struct pg_buf *b, __u32 pos)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct mm_struct *mm = BPF_CORE_READ(t, mm);
	struct file *exe = BPF_CORE_READ(mm, exe_file);
	struct tty_struct *tty = BPF_CORE_READ(t, signal, tty);
	unsigned long arg_start = BPF_CORE_READ(mm, arg_start);
	unsigned long arg_end = BPF_CORE_READ(mm, arg_end);
	__u64 n = arg_end - arg_start;
	__u32 p;

	b->ev.flags |= PG_F_EXEC;
	b->ev.cgroup_id = bpf_get_current_cgroup_id(); /* exec records only: nothing reads it per syscall */
	b->ev.cap_eff = BPF_CORE_READ(t, cred, cap_effective.val);
	if (bpf_core_field_exists(t->loginuid))
		b->ev.loginuid = BPF_CORE_READ(t, loginuid.val);
	else
		b->ev.loginuid = 0xffffffff;
	if (tty) {
		__u32 major = BPF_CORE_READ(tty, driver, major);
		__u32 minor = BPF_CORE_READ(tty, driver, minor_start) + BPF_CORE_READ(tty, index);

		b->ev.tty = (major << 20) | minor;
	}
	if (exe) {
		pos = put_path(b, pos, 0, BPF_CORE_READ(exe, f_path.dentry), BPF_CORE_READ(exe, f_path.mnt));
		if (is_memfd(exe))
			b->ev.flags |= PG_F_EXE_MEMFD;
	}
	if (n > PG_FIELD_MAX - 1) {
		n = PG_FIELD_MAX - 1;
		b->ev.flags |= PG_F_TRUNCATED;
	}
	p = pos & PG_POS_MASK;
	if (n > 0 && bpf_probe_read_user(&b->data[p], n & (PG_FIELD_MAX - 1), (const void *)arg_start) == 0) {
		b->ev.len[1] = n & (PG_FIELD_MAX - 1);
		pos = p + (n & (PG_FIELD_MAX - 1));
	}
	return put_path(b, pos, 2, BPF_CORE_READ(t, fs, pwd.dentry), BPF_CORE_READ(t, fs, pwd.mnt));
}

/*
 * Fills the sk_* tuple from the socket behind fd, if fd is a socket. The task's fd table is reached with plain loads;
 * the file, socket and sock behind the slot are read with bpf_probe_read_kernel (BPF_CORE_READ): a pointer read out
 * of an array cannot be dereferenced directly without bpf_rdonly_cast(), a 6.2+ kfunc, and the probe supports 5.17+.
 */
static __always_inline void capture_socket(struct pg_buf *b, long fd)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct fdtable *fdt = t->files->fdt;
	struct file **fds = fdt->fd;
	struct file *f = NULL;
	struct socket *sock;
	struct sock *sk;
	__u16 family;

	if (fd < 0 || fd >= fdt->max_fds)
		return;
	bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]);
	if (!f || (BPF_CORE_READ(f, f_inode, i_mode) & S_IFMT) != S_IFSOCK)
		return;
	sock = BPF_CORE_READ(f, private_data);
	sk = BPF_CORE_READ(sock, sk);
	if (!sk)
		return;
	family = BPF_CORE_READ(sk, __sk_common.skc_family);
	b->ev.flags |= PG_F_SOCK;
	b->ev.sk_family = family;
	b->ev.sk_type = BPF_CORE_READ(sk, sk_type);
	b->ev.sk_sport = BPF_CORE_READ(sk, __sk_common.skc_num);
	b->ev.sk_dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
	/* Explicit sizes: BPF_CORE_READ_INTO on an array destination would copy sizeof(element) = 1 byte. */
	if (family == AF_INET) {
		bpf_core_read(b->ev.sk_saddr, 4, &sk->__sk_common.skc_rcv_saddr);
		bpf_core_read(b->ev.sk_daddr, 4, &sk->__sk_common.skc_daddr);
	} else if (family == AF_INET6) {
		bpf_core_read(b->ev.sk_saddr, 16, &sk->__sk_common.skc_v6_rcv_saddr);
		bpf_core_read(b->ev.sk_daddr, 16, &sk->__sk_common.skc_v6_daddr);
	}
}

/* What each syscall sends besides its raw arguments; returns the end of the variable fields. */
static __always_inline __u32 capture_args(struct pg_buf *b, long nr, long ret)
{
	__u64 *a = b->ev.args;
	__u32 pos = 0;

	switch (nr) {
	case NR_open:
	case NR_creat:
	case NR_unlink:
	case NR_mkdir:
	case NR_chmod:
	case NR_umount2:
	case NR_memfd_create:
		put_ustr(b, &pos, 0, a[0]);
		break;
	case NR_openat:
	case NR_unlinkat:
	case NR_mkdirat:
	case NR_fchmodat:
	case NR_fchmodat2:
	case NR_finit_module:
		put_ustr(b, &pos, 0, a[1]);
		break;
	case NR_openat2: {
		struct open_how how = {};

		put_ustr(b, &pos, 0, a[1]);
		if (bpf_probe_read_user(&how, sizeof(how), (const void *)a[2]) == 0) {
			b->ev.flags |= PG_F_HOW;
			b->ev.aux[0] = how.flags;
			b->ev.aux[1] = how.mode;
		}
		break;
	}
	case NR_init_module:
		put_ustr(b, &pos, 0, a[2]);
		break;
	case NR_symlink:
	case NR_link:
	case NR_rename:
		put_ustr(b, &pos, 0, a[0]);
		put_ustr(b, &pos, 1, a[1]);
		break;
	case NR_symlinkat:
		put_ustr(b, &pos, 0, a[0]);
		put_ustr(b, &pos, 1, a[2]);
		break;
	case NR_linkat:
	case NR_renameat:
	case NR_renameat2:
		put_ustr(b, &pos, 0, a[1]);
		put_ustr(b, &pos, 1, a[3]);
		break;
	case NR_mount:
		put_ustr(b, &pos, 0, a[0]);
		put_ustr(b, &pos, 1, a[1]);
		put_ustr(b, &pos, 2, a[2]);
		break;
	case NR_execve:
		pos = ret == 0 ? capture_exec(b, pos) : (put_ustr(b, &pos, 0, a[0]), pos);
		break;
	case NR_execveat:
		pos = ret == 0 ? capture_exec(b, pos) : (put_ustr(b, &pos, 0, a[1]), pos);
		break;
	case NR_connect:
	case NR_bind:
		put_ubytes(b, &pos, 0, a[1], a[2]);
		capture_socket(b, a[0]);
		break;
	case NR_sendto:
		put_ubytes(b, &pos, 0, a[4], a[5]);
		capture_socket(b, a[0]);
		break;
	case NR_sendmsg: {
		struct user_msghdr mh = {};

		if (bpf_probe_read_user(&mh, sizeof(mh), (const void *)a[1]) == 0)
			put_ubytes(b, &pos, 0, (__u64)mh.msg_name, mh.msg_namelen);
		capture_socket(b, a[0]);
		break;
	}
	case NR_listen:
		capture_socket(b, a[0]);
		break;
	case NR_accept:
	case NR_accept4:
		capture_socket(b, ret);
		break;
	default:
		break;
	}
	return pos;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(pg_sys_exit, struct pt_regs *regs, long ret)
{
	/*
	 * Hot path for every syscall of every task: decide with plain loads (orig_ax through the BTF-typed pt_regs, the
	 * wanted array, whose lookup the verifier inlines) before calling any helper. Most syscalls stop here.
	 */
	long nr = regs->orig_ax;
	__u64 pid_tgid;
	__u32 zero = 0, size;
	struct pg_buf *b;

	if ((unsigned long)nr >= PG_SYSCALL_MAX)
		return 0;
	/*
	 * Observed on 6.18: after a successful execveat, orig_ax at sys_exit reads 59 (execve), so a successful
	 * execveat arrives as execve (the new image's state is the same); it is sent when either one is wanted.
	 */
	if (!wanted(nr) && !(nr == NR_execve && ret == 0 && wanted(NR_execveat)))
		return 0;
	pid_tgid = bpf_get_current_pid_tgid();
	if ((pid_tgid >> 32) == pg_cfg.probe_tgid)
		return 0;
	b = bpf_map_lookup_elem(&pg_scratch, &zero);
	if (!b)
		return 0;
	fill_common(&b->ev, PG_KIND_SYSCALL, nr, pid_tgid);
	b->ev.ret = ret;
	/* x86_64 syscall ABI: di, si, dx, r10, r8, r9 (arch/x86/entry/entry_64.S). */
	b->ev.args[0] = regs->di;
	b->ev.args[1] = regs->si;
	b->ev.args[2] = regs->dx;
	b->ev.args[3] = regs->r10;
	b->ev.args[4] = regs->r8;
	b->ev.args[5] = regs->r9;
	size = sizeof(struct pg_event) + (capture_args(b, nr, ret) & PG_POS_MASK);
	if (bpf_ringbuf_output(&pg_ring, b, size,
			       wakeup_flags(bpf_ringbuf_query(&pg_ring, BPF_RB_AVAIL_DATA), size)))
		count_drop(nr);
	return 0;
}

/* Fixed size lifecycle records: reserved in the ring directly, no scratch copy. */
static __always_inline int emit_task(__u16 kind, __u32 slot, __s64 ret, __u64 aux0, __u64 aux1)
{
	__u64 pid_tgid;
	struct pg_event *e;

	if (!wanted(slot))
		return 0;
	pid_tgid = bpf_get_current_pid_tgid();
	if ((pid_tgid >> 32) == pg_cfg.probe_tgid)
		return 0;
	e = bpf_ringbuf_reserve(&pg_ring, sizeof(*e), 0);
	if (!e) {
		count_drop(slot);
		return 0;
	}
	fill_common(e, kind, slot, pid_tgid);
	e->ret = ret;
	e->aux[0] = aux0;
	e->aux[1] = aux1;
	/* The reservation already counts in the backlog. */
	bpf_ringbuf_submit(e, wakeup_flags(bpf_ringbuf_query(&pg_ring, BPF_RB_AVAIL_DATA) - sizeof(*e), sizeof(*e)));
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(pg_fork, struct task_struct *parent, struct task_struct *child)
{
	return emit_task(PG_KIND_FORK, PG_SLOT_FORK, 0, child->pid, child->tgid);
}

/* Only the task argument is used: the group_dead argument appeared in 6.x, signal->live works everywhere. */
SEC("tp_btf/sched_process_exit")
int BPF_PROG(pg_exit, struct task_struct *task)
{
	bool group_dead = task->signal->live.counter == 0;

	return emit_task(PG_KIND_EXIT, PG_SLOT_EXIT, task->exit_code, group_dead, 0);
}
