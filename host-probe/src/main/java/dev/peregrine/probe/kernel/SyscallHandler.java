package dev.peregrine.probe.kernel;

/** Receives decoded records on the polling thread; the record is reused: see {@link SyscallRecord}. */
@FunctionalInterface
public interface SyscallHandler {

    void onRecord(SyscallRecord record);
}
