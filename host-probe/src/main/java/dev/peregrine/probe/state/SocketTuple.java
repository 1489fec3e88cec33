package dev.peregrine.probe.state;

/**
 * The addresses of an IP socket, already rendered as text once (addresses and ports are compared as strings by
 * rules far more often than they change). {@code localIsServer} says which side is the server: the connecting
 * side is the client, the accepting or listening side the server, as Falco's {@code fd.cip}/{@code fd.sip} do.
 * For a listening or merely bound socket the remote side is absent ({@code remoteIp == null}, port 0).
 */
public record SocketTuple(String localIp, int localPort, String remoteIp, int remotePort, boolean localIsServer) {

    public String clientIp() {
        return localIsServer ? remoteIp : localIp;
    }

    public int clientPort() {
        return localIsServer ? remotePort : localPort;
    }

    public String serverIp() {
        return localIsServer ? localIp : remoteIp;
    }

    public int serverPort() {
        return localIsServer ? localPort : remotePort;
    }

    public boolean connected() {
        return remoteIp != null;
    }

    /**
     * Falco's {@code fd.name} for a socket: {@code client:port->server:port} when connected, {@code ip:port} of the
     * server when only bound or listening. IPv6 addresses are not bracketed, as Falco prints them.
     */
    public String falcoName() {
        if (!connected()) {
            return localIp + ":" + localPort;
        }
        return clientIp() + ":" + clientPort() + "->" + serverIp() + ":" + serverPort();
    }
}
