package dev.peregrine.demo.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.ObjectInputStream;

/**
 * {@code POST /cart} with a serialized {@link Cart}: restores the client's cart. VULNERABLE: the body is read with a
 * plain {@link ObjectInputStream} and no filter, and commons-collections 3.2.1 is on the class path, so a
 * serialized gadget chain runs code while being read (CWE-502); the cast comes too late.
 */
final class CartHandler implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Object restored;
        try (ObjectInputStream in = new ObjectInputStream(exchange.getRequestBody())) {
            restored = in.readObject();
        } catch (ClassNotFoundException e) {
            Responses.send(exchange, 400, "unknown class " + e.getMessage() + "\n");
            return;
        }
        if (restored instanceof Cart cart) {
            Responses.send(exchange, 200, "cart of " + cart.owner() + ": " + cart.items().size() + " items\n");
        } else {
            Responses.send(exchange, 400, "not a cart: " + restored.getClass().getName() + "\n");
        }
    }
}
