package dev.peregrine.engine.fields;

import static dev.peregrine.engine.fields.ArgumentKind.OPTIONAL;
import static dev.peregrine.engine.fields.FieldType.ABSTIME;
import static dev.peregrine.engine.fields.FieldType.BOOL;
import static dev.peregrine.engine.fields.FieldType.INT;
import static dev.peregrine.engine.fields.FieldType.RELTIME;
import static dev.peregrine.engine.fields.FieldType.STRING;
import static dev.peregrine.engine.fields.FieldType.UINT;

/** Falco's {@code proc.*} class: the process that generated the event, its parent and ancestors. */
final class ProcessFields {

    private ProcessFields() {
    }

    static void declare(FieldTable t) {
        t.shared("proc.pid", INT, "Id of the process (thread group id).")
                .shared("proc.name", STRING, "Name of the executable (comm, or argv[0] basename).")
                .shared("proc.cmdline", STRING, "Full command line: proc.name followed by proc.args.")
                .shared("proc.exepath", STRING, "Full path of the executable, resolved by the kernel.")
                .add("proc.exe", STRING, "First command line argument (argv[0]), as given.")
                .add("proc.args", STRING, "Command line arguments after the executable, separated by spaces.")
                .add("proc.cmdnargs", UINT, "Number of command line arguments.")
                .add("proc.cmdlenargs", UINT, "Total length of the command line arguments, without spaces.")
                .add("proc.exeline", STRING, "Full command line with argv[0] as proc.exe.")
                .add("proc.env", STRING, OPTIONAL, "Environment, or one variable (proc.env[HOME]).")
                .add("proc.cwd", STRING, "Current working directory.")
                .add("proc.tty", UINT, "Controlling terminal of the process; 0 when there is none.")
                .add("proc.loginshellid", INT, "Pid of the oldest shell among the process's ancestors.")
                .add("proc.ppid", INT, "Pid of the parent process.")
                .add("proc.pname", STRING, "Name of the parent process.")
                .add("proc.pcmdline", STRING, "Full command line of the parent process.")
                .add("proc.pexe", STRING, "argv[0] of the parent process.")
                .add("proc.pexepath", STRING, "Full executable path of the parent process.")
                .add("proc.apid", INT, OPTIONAL, "Pid of an ancestor: proc.apid[1] is the parent; no index: any.")
                .add("proc.aname", STRING, OPTIONAL, "Name of an ancestor: proc.aname[1] is the parent; no index: any.")
                .add("proc.aexe", STRING, OPTIONAL, "argv[0] of an ancestor: proc.aexe[1] is the parent.")
                .add("proc.aexepath", STRING, OPTIONAL,
                        "Executable path of an ancestor: proc.aexepath[1] is the parent; no index: any.")
                .add("proc.acmdline", STRING, OPTIONAL,
                        "Command line of an ancestor: proc.acmdline[1] is the parent; no index: any.")
                .add("proc.aenv", STRING, OPTIONAL, "Environment of an ancestor by [N], or [NAME] searched up.")
                .add("proc.vpid", INT, "Pid of the process as seen from its own pid namespace.")
                .add("proc.pvpid", INT, "Pid of the parent as seen from its own pid namespace.")
                .add("proc.sid", INT, "Session id of the process.")
                .add("proc.sname", STRING, "Name of the session leader process.")
                .add("proc.sid.exe", STRING, "argv[0] of the session leader.")
                .add("proc.sid.exepath", STRING, "Executable path of the session leader.")
                .add("proc.vpgid", INT, "Process group id as seen from the pid namespace.")
                .add("proc.vpgid.name", STRING, "Name of the process group leader.")
                .add("proc.vpgid.exe", STRING, "argv[0] of the process group leader.")
                .add("proc.vpgid.exepath", STRING, "Executable path of the process group leader.")
                .add("proc.duration", RELTIME, "Nanoseconds since the process started.")
                .add("proc.ppid.duration", RELTIME, "Nanoseconds since the parent process started.")
                .add("proc.pid.ts", RELTIME, "Start of the process, epoch ns (reltime, as in Falco).")
                .add("proc.ppid.ts", RELTIME, "Start of the parent, epoch ns (reltime, as in Falco).")
                .add("proc.is_exe_writable", BOOL, "True if the executable is writable by the process's user.")
                .add("proc.is_exe_upper_layer", BOOL, "True if the executable is in an overlayfs upper layer.")
                .add("proc.is_exe_from_memfd", BOOL, "True if the executable is a memfd (fileless execution).")
                .add("proc.is_sid_leader", BOOL, "True if the process is the leader of its session.")
                .add("proc.is_vpgid_leader", BOOL, "True if the process is the leader of its process group.")
                .add("proc.exe_ino", INT, "Inode number of the executable.")
                .add("proc.exe_ino.ctime", ABSTIME, "Last status change time of the executable's inode (epoch ns).")
                .add("proc.exe_ino.mtime", ABSTIME, "Last modification time of the executable's inode (epoch ns).")
                .add("proc.exe_ino.ctime_duration_proc_start", ABSTIME,
                        "Nanoseconds from the executable's inode ctime to process start (abstime, as in Falco).")
                .add("proc.exe_ino.ctime_duration_pidns_start", ABSTIME,
                        "Nanoseconds from pid namespace start to the executable's ctime (abstime, as in Falco).")
                .add("proc.pidns_init_start_ts", UINT, "Start of the pid namespace's init process (epoch ns).")
                .add("proc.fdopencount", UINT, "Number of open FDs of the process.")
                .add("proc.fdlimit", INT, "Maximum number of FDs the process can open.")
                .add("proc.nthreads", UINT, "Number of threads of the process, including the main one.")
                .add("proc.nchilds", UINT, "Number of live child threads and processes.")
                .add("proc.vmsize", UINT, "Total virtual memory of the process, in KiB.")
                .add("proc.vmrss", UINT, "Resident memory of the process, in KiB.");
    }
}
