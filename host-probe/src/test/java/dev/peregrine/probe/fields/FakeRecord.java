package dev.peregrine.probe.fields;

import java.util.List;

/** A kernel record built by hand: every {@link SyscallData} value is a plain field tests set. */
final class FakeRecord implements SyscallData {
    enum Kind { SYSCALL, FORK, EXIT }

    Kind kind = Kind.SYSCALL;
    String name;
    long ts = 1_700_000_000_000_000_000L;
    int pid;
    int tid;
    int ppid;
    int uid;
    int gid;
    int euid;
    int egid;
    long ret;
    long[] args = new long[6];
    String comm;
    boolean execInfo;
    String exePath;
    List<String> argv = List.of();
    String cwd;
    long loginUid = -1;
    long capEffective;
    int tty;
    String path;
    String path2;
    int dirfd = SyscallEvent.AT_FDCWD;
    int openFlags = -1;
    int mode = -1;
    boolean socket;
    int family;
    int sockType;
    int lport;
    int rport;
    String lip;
    String rip;
    int saFamily = -1;
    int saPort = -1;
    String saIp;
    String unix;
    int childTid = -1;
    int childPid = -1;

    static FakeRecord call(String name, int pid, long ret, long... args) {
        FakeRecord r = new FakeRecord();
        r.name = name;
        r.pid = pid;
        r.tid = pid;
        r.ret = ret;
        System.arraycopy(args, 0, r.args, 0, args.length);
        return r;
    }

    static FakeRecord fork(int parent, int child) {
        FakeRecord r = call("procfork", parent, 0);
        r.kind = Kind.FORK;
        r.childTid = child;
        r.childPid = child;
        return r;
    }

    static FakeRecord exec(int pid, String exe, String... argv) {
        FakeRecord r = call("execve", pid, 0);
        r.execInfo = true;
        r.exePath = exe;
        r.argv = List.of(argv);
        r.path = exe;
        return r;
    }

    static FakeRecord exit(int pid) {
        FakeRecord r = call("procexit", pid, 0);
        r.kind = Kind.EXIT;
        return r;
    }

    FakeRecord path(String p) {
        this.path = p;
        return this;
    }

    FakeRecord socket(int fam, int type, String localIp, int localPort, String remoteIp, int remotePort) {
        this.socket = true;
        this.family = fam;
        this.sockType = type;
        this.lip = localIp;
        this.lport = localPort;
        this.rip = remoteIp;
        this.rport = remotePort;
        return this;
    }

    FakeRecord sockaddr(int fam, String ip, int port) {
        this.saFamily = fam;
        this.saIp = ip;
        this.saPort = port;
        return this;
    }

    @Override public boolean isSyscall() { return kind == Kind.SYSCALL; }
    @Override public boolean isFork() { return kind == Kind.FORK; }
    @Override public boolean isExit() { return kind == Kind.EXIT; }
    @Override public String syscallName() { return name; }
    @Override public long timestampNanos() { return ts; }
    @Override public int pid() { return pid; }
    @Override public int tid() { return tid; }
    @Override public int ppid() { return ppid; }
    @Override public int uid() { return uid; }
    @Override public int gid() { return gid; }
    @Override public int euid() { return euid; }
    @Override public int egid() { return egid; }
    @Override public long ret() { return ret; }
    @Override public long arg(int i) { return args[i]; }
    @Override public String comm() { return comm; }
    @Override public boolean hasExecInfo() { return execInfo; }
    @Override public String exePath() { return exePath; }
    @Override public List<String> argv() { return argv; }
    @Override public String cwd() { return cwd; }
    @Override public long loginUid() { return loginUid; }
    @Override public long capEffective() { return capEffective; }
    @Override public long cgroupId() { return 0; }
    @Override public int tty() { return tty; }
    @Override public boolean exeFromMemfd() { return exePath != null && exePath.startsWith("/memfd:"); }
    @Override public String path() { return path; }
    @Override public String path2() { return path2; }
    @Override public int dirfd() { return dirfd; }
    @Override public int openFlags() { return openFlags; }
    @Override public int mode() { return mode; }
    @Override public boolean hasSocket() { return socket; }
    @Override public int socketFamily() { return family; }
    @Override public int socketType() { return sockType; }
    @Override public int localPort() { return lport; }
    @Override public int remotePort() { return rport; }
    @Override public String localIp() { return lip; }
    @Override public String remoteIp() { return rip; }
    @Override public int sockaddrFamily() { return saFamily; }
    @Override public int sockaddrPort() { return saPort; }
    @Override public String sockaddrIp() { return saIp; }
    @Override public String unixPath() { return unix; }
    @Override public int childTid() { return childTid; }
    @Override public int childPid() { return childPid; }
    @Override public boolean groupDead() { return kind == Kind.EXIT; }
}
