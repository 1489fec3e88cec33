package dev.peregrine.probe.fields;

import dev.peregrine.probe.kernel.SyscallRecord;
import java.util.List;

/**
 * Presents the kernel's reused {@link SyscallRecord} view as {@link SyscallData}. Itself reusable: point it at each
 * record with {@link #wrap} (no allocation per record). Pure delegation, because the two share method names.
 */
public final class KernelRecordData implements SyscallData {
    private SyscallRecord r;

    public KernelRecordData wrap(SyscallRecord record) {
        this.r = record;
        return this;
    }

    @Override public boolean isSyscall() { return r.isSyscall(); }
    @Override public boolean isFork() { return r.isFork(); }
    @Override public boolean isExit() { return r.isExit(); }
    @Override public String syscallName() { return r.syscallName(); }
    @Override public long timestampNanos() { return r.timestampNanos(); }
    @Override public int pid() { return r.pid(); }
    @Override public int tid() { return r.tid(); }
    @Override public int ppid() { return r.ppid(); }
    @Override public int uid() { return r.uid(); }
    @Override public int gid() { return r.gid(); }
    @Override public int euid() { return r.euid(); }
    @Override public int egid() { return r.egid(); }
    @Override public long ret() { return r.ret(); }
    @Override public long arg(int i) { return r.arg(i); }
    @Override public String comm() { return r.comm(); }
    @Override public boolean hasExecInfo() { return r.hasExecInfo(); }
    @Override public String exePath() { return r.exePath(); }
    @Override public List<String> argv() { return r.argv(); }
    @Override public String cwd() { return r.cwd(); }
    @Override public long loginUid() { return r.loginUid(); }
    @Override public long capEffective() { return r.capEffective(); }
    @Override public long cgroupId() { return r.cgroupId(); }
    @Override public int tty() { return r.tty(); }
    @Override public boolean exeFromMemfd() { return r.exeFromMemfd(); }
    @Override public String path() { return r.path(); }
    @Override public String path2() { return r.path2(); }
    @Override public int dirfd() { return r.dirfd(); }
    @Override public int openFlags() { return r.openFlags(); }
    @Override public int mode() { return r.mode(); }
    @Override public boolean hasSocket() { return r.hasSocket(); }
    @Override public int socketFamily() { return r.socketFamily(); }
    @Override public int socketType() { return r.socketType(); }
    @Override public int localPort() { return r.localPort(); }
    @Override public int remotePort() { return r.remotePort(); }
    @Override public String localIp() { return r.localIp(); }
    @Override public String remoteIp() { return r.remoteIp(); }
    @Override public int sockaddrFamily() { return r.sockaddrFamily(); }
    @Override public int sockaddrPort() { return r.sockaddrPort(); }
    @Override public String sockaddrIp() { return r.sockaddrIp(); }
    @Override public String unixPath() { return r.unixPath(); }
    @Override public int childTid() { return r.childTid(); }
    @Override public int childPid() { return r.childPid(); }
    @Override public boolean groupDead() { return r.groupDead(); }
}
