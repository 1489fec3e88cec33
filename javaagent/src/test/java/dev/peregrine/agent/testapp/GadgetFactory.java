package dev.peregrine.agent.testapp;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.spi.ObjectFactory;

/**
 * A local JNDI object factory that runs a command, the way JNDI injections end on JDK 17+ (remote class loading is
 * off): a reference naming a factory already on the class path (Tomcat's BeanFactory in the wild) is turned into an
 * object by {@code NamingManager.getObjectInstance}, and the factory does the rest.
 */
public final class GadgetFactory implements ObjectFactory {

    @Override
    public Object getObjectInstance(Object obj, Name name, Context nameCtx, Hashtable<?, ?> environment)
            throws Exception {
        return Attacks.finish(Attacks.command(ProcessAttacks.GADGET_COMMAND).start()); // mark:gadget-jndi-factory
    }
}
