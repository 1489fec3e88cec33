package dev.peregrine.bench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic stream for the official rules: execs of ordinary tools, file opens, network connects and
 * sends, plus syscalls no rule names (read, write, close, mmap). About 5 % of events trigger a rule (shells
 * under a web server, reads of /etc/shadow, grep for private keys, ssh to port 443); the rest match nothing.
 */
final class EventMix {

    private EventMix() {
    }

    static BenchEvent[] build(int size, boolean withMatches, long seed) {
        Random random = new Random(seed);
        List<BenchEvent> events = new ArrayList<>();
        String[] tools = {"ls", "cat", "python3", "java", "git", "curl", "make", "gcc", "node", "ps"};
        String[] files = {"/usr/lib/x86_64-linux-gnu/libc.so.6", "/home/dev/src/Main.java", "/etc/hosts",
            "/proc/self/status", "/var/log/app.log", "/tmp/build/out.o", "/etc/ld.so.cache"};
        String[] ips = {"10.0.3.7", "192.168.1.20", "127.0.0.1", "172.17.0.2"};
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(100);
            if (withMatches && kind < 5) {
                events.add(matching(i));
            } else if (kind < 20) {
                String tool = tools[random.nextInt(tools.length)];
                events.add(exec(tool, "bash", "--version", i));
            } else if (kind < 45) {
                events.add(open(tools[random.nextInt(tools.length)], files[random.nextInt(files.length)], i));
            } else if (kind < 55) {
                events.add(connect("curl", ips[random.nextInt(ips.length)], 443, i));
            } else {
                String[] other = {"read", "write", "close", "mmap", "futex", "epoll_wait", "sendto"};
                events.add(process(new BenchEvent(other[random.nextInt(other.length)]), "java", "bash", i)
                        .set("fd.num", 5).set("fd.typechar", "f").set("fd.name", "/tmp/x"));
            }
        }
        return events.toArray(new BenchEvent[0]);
    }

    private static BenchEvent matching(int i) {
        switch (i % 4) {
            case 0:
                return exec("bash", "nginx", "-c id", i);
            case 1:
                return open("cat", "/etc/shadow", i);
            case 2:
                return exec("grep", "bash", "-r \"BEGIN RSA PRIVATE\" /home", i);
            default:
                return connect("ssh", "93.184.216.34", 443, i).set("proc.exe", "/usr/bin/ssh");
        }
    }

    static BenchEvent process(BenchEvent e, String name, String parent, int i) {
        return e.set("proc.name", name).set("proc.pname", parent).set("proc.aname", List.of(parent, "systemd"))
                .set("proc.aname[2]", "systemd").set("proc.exe", "/usr/bin/" + name)
                .set("proc.pexe", "/usr/bin/" + parent).set("proc.cmdline", name + " x").set("proc.pcmdline", parent)
                .set("user.name", "dev").set("user.uid", 1000).set("container.id", "host").set("evt.num", i + 1)
                .set("proc.tty", 0).set("evt.rawres", 0);
    }

    static BenchEvent exec(String name, String parent, String args, int i) {
        return process(new BenchEvent("execve"), name, parent, i).set("proc.args", args)
                .set("proc.cmdline", name + " " + args).set("proc.cwd", "/home/dev/");
    }

    static BenchEvent open(String name, String file, int i) {
        int slash = file.lastIndexOf('/');
        return process(new BenchEvent("openat"), name, "bash", i).set("evt.is_open_read", true)
                .set("evt.is_open_write", false).set("fd.typechar", "f").set("fd.num", 3).set("fd.name", file)
                .set("fd.directory", file.substring(0, Math.max(1, slash))).set("fd.filename", file.substring(slash + 1))
                .set("evt.arg.flags", "O_RDONLY");
    }

    static BenchEvent connect(String name, String ip, long port, int i) {
        return process(new BenchEvent("connect"), name, "bash", i).set("fd.typechar", "4").set("fd.ip", ip)
                .set("fd.net", ip).set("fd.snet", ip).set("fd.sip", ip).set("fd.sport", port)
                .set("fd.l4proto", "tcp").set("fd.name", "10.0.0.1:50000->" + ip + ":" + port);
    }
}
