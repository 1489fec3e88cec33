package dev.peregrine.probe.ring;

import dev.peregrine.probe.bpf.NativeCall;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * An epoll instance watching one fd for EPOLLIN. The ring buffer map's poll reports readable while the ring holds
 * unconsumed data (kernel/bpf/ringbuf.c ringbuf_map_poll_kern: {@code if (ringbuf_avail_data_sz(rb)) return EPOLLIN}),
 * i.e. level triggered, so draining and then waiting cannot lose a wakeup.
 */
final class Epoll implements AutoCloseable {

    private final int epfd;
    private final MemorySegment events;
    private final MemorySegment errno;

    Epoll(int fd, Arena arena) {
        this.events = arena.allocate(Libc.EPOLL_EVENT_SIZE, 8);
        this.errno = NativeCall.newErrnoState(arena);
        try {
            epfd = (int) Libc.EPOLL_CREATE1.invokeExact(errno, Libc.EPOLL_CLOEXEC);
            if (epfd < 0) {
                throw new IllegalStateException("epoll_create1: " + NativeCall.describe(NativeCall.errno(errno)));
            }
            events.set(ValueLayout.JAVA_INT, 0, Libc.EPOLLIN);
            int rc = (int) Libc.EPOLL_CTL.invokeExact(errno, epfd, Libc.EPOLL_CTL_ADD, fd, events);
            if (rc < 0) {
                int e = NativeCall.errno(errno);
                int closed = (int) Libc.CLOSE.invokeExact(epfd);
                throw new IllegalStateException("epoll_ctl(ring fd " + fd + "): " + NativeCall.describe(e)
                        + (closed < 0 ? " (and close failed)" : ""));
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("epoll setup", t);
        }
    }

    /** Waits up to timeoutMillis (-1 = forever) for data; true if the fd is readable. An interrupted wait is false. */
    boolean await(int timeoutMillis) {
        try {
            int n = (int) Libc.EPOLL_WAIT.invokeExact(errno, epfd, events, 1, timeoutMillis);
            if (n < 0 && NativeCall.errno(errno) != Libc.EINTR) {
                throw new IllegalStateException("epoll_wait: " + NativeCall.describe(NativeCall.errno(errno)));
            }
            return n > 0;
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("epoll_wait", t);
        }
    }

    @Override
    public void close() {
        try {
            int rc = (int) Libc.CLOSE.invokeExact(epfd);
            if (rc < 0) {
                throw new IllegalStateException("close(epoll fd " + epfd + ") failed");
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("close", t);
        }
    }
}
