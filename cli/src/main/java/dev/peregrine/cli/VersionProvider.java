package dev.peregrine.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar's manifest by the build; {@code dev} when run from classes (tests, IDE). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "peregrine " + (version == null ? "dev" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
