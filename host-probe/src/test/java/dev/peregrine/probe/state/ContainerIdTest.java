package dev.peregrine.probe.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContainerIdTest {
    static final String ID = "3f4b1c2d9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // docker, cgroupfs driver (v1)
        "/docker/" + ID + "|docker",
        // docker, systemd driver (v1 and v2)
        "/system.slice/docker-" + ID + ".scope|docker",
        // containerd via CRI, systemd driver
        "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0a1b2c3d_4e5f_6789_abcd_ef0123456789.slice/cri-containerd-" + ID + ".scope|containerd",
        // containerd via CRI, systemd driver, cgroup v2 with containerd's own slice notation
        "/system.slice/containerd.service/kubepods-besteffort-pod0a1b2c3d_4e5f.slice:cri-containerd:" + ID + "|containerd",
        // kubelet with cgroupfs driver: a bare id under the pod
        "/kubepods/besteffort/pod0a1b2c3d-4e5f-6789-abcd-ef0123456789/" + ID + "|cri",
        // cri-o, systemd driver
        "/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod0a1b2c3d.slice/crio-" + ID + ".scope|cri-o",
        // cri-o, cgroupfs driver
        "/kubepods/burstable/pod0a1b2c3d-4e5f/crio-" + ID + "|cri-o",
        // podman, rootful (v2) and the container's own nested cgroup
        "/machine.slice/libpod-" + ID + ".scope|podman",
        "/machine.slice/libpod-" + ID + ".scope/container|podman",
        // podman rootless
        "/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-" + ID + ".scope|podman",
    })
    void recognisesEachRuntime(String path, String type) {
        ContainerId c = ContainerId.fromCgroupPath(path);
        assertEquals(ID.substring(0, 12), c.id());
        assertEquals(ID, c.fullId());
        assertEquals(type, c.type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/",
        "/user.slice/user-1000.slice/session-3.scope",
        "/system.slice/sshd.service",
        "/machine.slice/libpod-conmon-" + ID + ".scope", // podman's monitor runs on the host
        "/system.slice/docker-" + "abc123" + ".scope", // too short to be an id
        "/process_api/a244ff60fbc211cc5dba644a8b68b87a",
        "/" + ID, // a bare 64-hex segment outside kubepods is not a known runtime
    })
    void everythingElseIsTheHost(String path) {
        assertSame(ContainerId.HOST, ContainerId.fromCgroupPath(path));
        assertEquals("host", ContainerId.fromCgroupPath(path).id());
    }

    @Test
    void wholeCgroupFileV1UsesAnyHierarchyThatNamesAContainer() {
        String file = """
            12:pids:/
            11:memory:/docker/%s
            1:name=systemd:/docker/%s
            0::/
            """.formatted(ID, ID);
        assertEquals(ID.substring(0, 12), ContainerId.fromCgroupFile(file).id());
        assertSame(ContainerId.HOST, ContainerId.fromCgroupFile("0::/init.scope\n"));
        assertSame(ContainerId.HOST, ContainerId.fromCgroupFile(""));
    }
}
