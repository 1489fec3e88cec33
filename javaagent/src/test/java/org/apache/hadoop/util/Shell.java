package org.apache.hadoop.util;

import dev.peregrine.agent.testapp.Attacks;

/**
 * Test stand-in, not Hadoop: a class named like Hadoop's shell helper, whose frames are what the JVM rules'
 * {@code jvm_known_command_runner} exception matches. It runs what the real one runs for group lookups (a shell
 * with a semicolon, {@code id -gn}), so {@code JvmRulesIT} checks the exception lets exactly these through.
 */
public final class Shell {

    private Shell() {
    }

    public static String groups() throws Exception {
        return Attacks.finish(Attacks.command("bash", "-c", "id -gn; groups").start()); // mark:hadoop-groups
    }

    public static String idGroup() throws Exception {
        return Attacks.finish(Attacks.command("id", "-gn").start()); // mark:hadoop-id
    }
}
