package dev.peregrine.probe.ring;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.peregrine.probe.bpf.NativeCall;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/** The libc calls the ring buffer needs (mmap, epoll), linked once; the errno capturing ones take a state first. */
final class Libc {

    static final int PROT_READ = 0x1;
    static final int PROT_WRITE = 0x2;
    static final int MAP_SHARED = 0x01;
    static final int EPOLL_CLOEXEC = 0x80000;
    static final int EPOLL_CTL_ADD = 1;
    static final int EPOLLIN = 0x001;
    static final int EINTR = 4;
    static final int SC_PAGESIZE = 30;
    /** struct epoll_event is packed on x86_64: u32 events; u64 data. */
    static final int EPOLL_EVENT_SIZE = 12;

    // void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
    static final MethodHandle MMAP = NativeCall.libc("mmap",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG), true);
    // int munmap(void *addr, size_t length)
    static final MethodHandle MUNMAP = NativeCall.libc("munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG),
            false);
    // int epoll_create1(int flags)
    static final MethodHandle EPOLL_CREATE1 = NativeCall.libc("epoll_create1", FunctionDescriptor.of(JAVA_INT, JAVA_INT),
            true);
    // int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event)
    static final MethodHandle EPOLL_CTL = NativeCall.libc("epoll_ctl",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS), true);
    // int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)
    static final MethodHandle EPOLL_WAIT = NativeCall.libc("epoll_wait",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), true);
    // int close(int fd)
    static final MethodHandle CLOSE = NativeCall.libc("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), false);
    // long sysconf(int name)
    static final MethodHandle SYSCONF = NativeCall.libc("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT), false);

    private Libc() {
    }

    static long pageSize() {
        try {
            return (long) SYSCONF.invokeExact(SC_PAGESIZE);
        } catch (Throwable t) {
            throw new IllegalStateException("sysconf(_SC_PAGESIZE)", t);
        }
    }
}
