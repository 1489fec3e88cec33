package dev.peregrine.engine.fields;

import static dev.peregrine.engine.fields.ArgumentKind.OPTIONAL;
import static dev.peregrine.engine.fields.FieldType.BOOL;
import static dev.peregrine.engine.fields.FieldType.INT;
import static dev.peregrine.engine.fields.FieldType.IPADDR;
import static dev.peregrine.engine.fields.FieldType.IPNET;
import static dev.peregrine.engine.fields.FieldType.PORT;
import static dev.peregrine.engine.fields.FieldType.STRING;
import static dev.peregrine.engine.fields.FieldType.STRING_LIST;

/** Falco's {@code fd.*} class: the file descriptor the event uses (file, directory or socket). */
final class FdFields {

    private FdFields() {
    }

    static void declare(FieldTable t) {
        t.add("fd.num", INT, "Number of the file descriptor.")
                .add("fd.type", STRING, "Type of FD: file, directory, ipv4, ipv6, unix, pipe, event, signalfd...")
                .add("fd.typechar", STRING, "Type of FD as one character: f, 4, 6, u, p, e, s, l, i, o.")
                .add("fd.name", STRING, "Full name: the path of a file, the connection tuple of a socket.")
                .add("fd.nameraw", STRING, "Name of the FD as the syscall gave it, not resolved to an absolute path.")
                .add("fd.name_changed", BOOL, "True when the event changed the name of the FD (connect, bind).")
                .add("fd.directory", STRING, "For files, the directory that contains the file.")
                .add("fd.filename", STRING, "For files, the file name without the directory.")
                .add("fd.ino", INT, "Inode number of the file the FD refers to.")
                .add("fd.dev", INT, "Device number (major/minor) of the file the FD refers to.")
                .add("fd.uid", STRING, "Unique id of the FD: FD number and thread id, chained.")
                .add("fd.ip", IPADDR, "(filter only) Matches the client or the server IP address.")
                .add("fd.cip", IPADDR, "Client IP address.")
                .add("fd.sip", IPADDR, "Server IP address.")
                .add("fd.lip", IPADDR, "Local IP address.")
                .add("fd.rip", IPADDR, "Remote IP address.")
                .add("fd.port", PORT, "(filter only) Matches the client or the server port.")
                .add("fd.cport", PORT, "Client port of a TCP/UDP socket.")
                .add("fd.sport", PORT, "Server port of a TCP/UDP socket.")
                .add("fd.lport", PORT, "Local port of a TCP/UDP socket.")
                .add("fd.rport", PORT, "Remote port of a TCP/UDP socket.")
                .add("fd.net", IPNET, "(filter only) Matches the client or the server network.")
                .add("fd.cnet", IPNET, "(filter only) Matches the client network.")
                .add("fd.snet", IPNET, "(filter only) Matches the server network.")
                .add("fd.lnet", IPNET, "(filter only) Matches the local network.")
                .add("fd.rnet", IPNET, "(filter only) Matches the remote network.")
                .add("fd.cip.name", STRING, "Domain name of the client IP address, when resolved.")
                .add("fd.sip.name", STRING, "Domain name of the server IP address, when resolved.")
                .add("fd.lip.name", STRING, "Domain name of the local IP address, when resolved.")
                .add("fd.rip.name", STRING, "Domain name of the remote IP address, when resolved.")
                .add("fd.l4proto", STRING, "Layer 4 protocol of a socket: tcp, udp, icmp or raw.")
                .add("fd.sockfamily", STRING, "Socket family: ip for IPv4/IPv6, unix for unix sockets.")
                .add("fd.is_server", BOOL, "True if the process owning the FD is the server end of the connection.")
                .add("fd.connected", BOOL, "True if the socket is connected.")
                .add("fd.containername", STRING, "Container id and FD name, joined by a colon.")
                .add("fd.containerdirectory", STRING, "Container id and directory, joined by a colon.")
                .add("fd.types", STRING_LIST, OPTIONAL, "Types of all open FDs; fd.types[N]: of FD N.");
    }
}
