package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * {@code GET /jndi?name=java:comp/env/jdbc/shop}: looks a resource up by name. VULNERABLE: the name comes from the
 * request, so {@code ldap://attacker/...} makes the service connect to the attacker's directory and decode what it
 * returns (JNDI injection, Log4Shell's mechanism). JDK 17+ no longer loads remote factory classes, but the lookup,
 * the connection and the decoding all happen.
 */
final class JndiHandler implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String name = Responses.required(exchange, "name");
        try {
            Object found = new InitialContext().lookup(name);
            Responses.send(exchange, 200, "found " + (found == null ? "null" : found.getClass().getName()) + "\n");
        } catch (NamingException e) {
            Responses.send(exchange, 404, "lookup failed: " + e + "\n");
        }
    }
}
