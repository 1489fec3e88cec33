package dev.peregrine.agent.testapp;

import java.util.Map;

/**
 * Reports which versions of ByteBuddy, JCTools, SnakeYAML and SLF4J the application got (by the jar each class
 * came from) and whether any agent class leaked onto its class path, then logs through its own SLF4J.
 */
final class Isolation {

    private Isolation() {
    }

    static String report() throws Exception {
        StringBuilder b = new StringBuilder();
        for (String name : new String[] {"net.bytebuddy.ByteBuddy", "org.jctools.queues.MpscArrayQueue",
                "org.yaml.snakeyaml.Yaml", "org.slf4j.LoggerFactory"}) {
            Class<?> c = Class.forName(name);
            String jar = c.getProtectionDomain().getCodeSource().getLocation().getPath();
            b.append(name).append('@').append(jar.substring(jar.lastIndexOf('/') + 1)).append(' ');
        }
        Object yaml = Class.forName("org.yaml.snakeyaml.Yaml").getConstructor().newInstance();
        Map<?, ?> parsed = (Map<?, ?>) yaml.getClass().getMethod("load", String.class).invoke(yaml, "a: 1");
        b.append("yaml=").append(parsed).append(' ');
        for (String hidden : new String[] {"dev.peregrine.engine.event.Event", "dev.peregrine.agent.AgentRuntime",
                "dev.peregrine.agent.shaded.bytebuddy.ByteBuddy"}) {
            try {
                Class.forName(hidden);
                b.append("VISIBLE:").append(hidden).append(' ');
            } catch (ClassNotFoundException expected) {
                b.append("hidden:").append(hidden.substring(hidden.lastIndexOf('.') + 1)).append(' ');
            }
        }
        Object logger = Class.forName("org.slf4j.LoggerFactory").getMethod("getLogger", String.class)
                .invoke(null, "testapp");
        logger.getClass().getMethod("info", String.class).invoke(logger, "application log line");
        return b.toString().trim();
    }
}
