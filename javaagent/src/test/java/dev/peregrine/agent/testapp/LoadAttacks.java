package dev.peregrine.agent.testapp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamConstants;
import java.io.Serializable;
import java.util.Hashtable;
import javax.management.AttributeValueExp;
import javax.management.BadAttributeValueExpException;
import javax.naming.InitialContext;

/**
 * Code coming in through data: deserialization of gadget classes (one the application has, one it does not) and a
 * JNDI lookup of a remote URL, and their look-alikes (a harmless JDK class of the same package, a container's local
 * JNDI name).
 */
final class LoadAttacks {

    /** A class only the commons-collections4 functors package rule knows; it is not on this class path. */
    static final String UNRESOLVABLE_GADGET = "org.apache.commons.collections4.functors.InstantiateFactory";

    private LoadAttacks() {
    }

    static String deserGadget() throws Exception {
        try (ObjectInputStream in = input(serialize(new BadAttributeValueExpException("harmless")))) {
            return "read " + in.readObject().getClass().getName(); // mark:deser-gadget
        }
    }

    /**
     * A stream naming a gadget class the application does not have, as an attacker sends it blind: the descriptor
     * is read (and reported) before resolution fails.
     */
    static String deserGadgetPackage() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new RenamingOutputStream(bytes)) {
            out.writeObject(new Placeholder());
        }
        try (ObjectInputStream in = input(bytes.toByteArray())) {
            return "read " + in.readObject().getClass().getName(); // mark:deser-gadget-package
        } catch (ClassNotFoundException e) {
            return "threw ClassNotFoundException " + e.getMessage();
        }
    }

    /** A JDK class of the same package as a listed gadget, with a similar name, that is not one. */
    static String deserLookalike() throws Exception {
        try (ObjectInputStream in = input(serialize(new AttributeValueExp("harmless")))) {
            return "read " + in.readObject().getClass().getName(); // mark:deser-lookalike
        }
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static ObjectInputStream input(byte[] stream) throws IOException {
        return new ObjectInputStream(new ByteArrayInputStream(stream));
    }

    static String jndiLdap() {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("com.sun.jndi.ldap.connect.timeout", "1000");
        try {
            new InitialContext(env).lookup("ldap://127.0.0.1:1/cn=peregrine"); // mark:jndi-ldap
            return "found";
        } catch (Exception e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }

    /** A container's local name (java:comp/env): no initial context here, the lookup fails locally. */
    static String jndiLocal() {
        try {
            new InitialContext().lookup("java:comp/env/jdbc/app"); // mark:jndi-local
            return "found";
        } catch (Exception e) {
            return "threw " + e.getClass().getSimpleName();
        }
    }

    /** Serialized under another class's name by {@link RenamingOutputStream}. */
    static final class Placeholder implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Writes {@link Placeholder}'s descriptor (no fields) under {@link #UNRESOLVABLE_GADGET}'s name. */
    private static final class RenamingOutputStream extends ObjectOutputStream {
        RenamingOutputStream(ByteArrayOutputStream out) throws IOException {
            super(out);
        }

        @Override
        protected void writeClassDescriptor(ObjectStreamClass desc) throws IOException {
            if (desc.forClass() != Placeholder.class) {
                super.writeClassDescriptor(desc);
                return;
            }
            // The layout ObjectStreamClass.writeNonProxy uses: name, serialVersionUID, flags, field count.
            writeUTF(UNRESOLVABLE_GADGET);
            writeLong(desc.getSerialVersionUID());
            writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
            writeShort(0);
        }
    }
}
