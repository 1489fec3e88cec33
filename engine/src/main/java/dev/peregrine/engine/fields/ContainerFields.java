package dev.peregrine.engine.fields;

import static dev.peregrine.engine.fields.ArgumentKind.REQUIRED;
import static dev.peregrine.engine.fields.FieldType.ABSTIME;
import static dev.peregrine.engine.fields.FieldType.BOOL;
import static dev.peregrine.engine.fields.FieldType.IPADDR;
import static dev.peregrine.engine.fields.FieldType.RELTIME;
import static dev.peregrine.engine.fields.FieldType.STRING;

/** Falco's {@code container.*} and {@code k8s.*} classes: where the process runs. */
final class ContainerFields {

    private ContainerFields() {
    }

    static void declare(FieldTable t) {
        t.add("container.id", STRING, "Truncated container id (12 characters); host for processes on the host.")
                .add("container.full_id", STRING, "Full container id; host for processes on the host.")
                .add("container.name", STRING, "Name of the container; host for processes on the host.")
                .add("container.image", STRING, "Container image name (registry/repository:tag).")
                .add("container.image.id", STRING, "Container image id.")
                .add("container.image.repository", STRING, "Container image repository (docker.io/library/nginx).")
                .add("container.image.tag", STRING, "Container image tag.")
                .add("container.image.digest", STRING, "Container image registry digest.")
                .add("container.type", STRING, "Container runtime: docker, containerd, cri-o, podman, host...")
                .add("container.privileged", BOOL, "True for containers running privileged.")
                .add("container.mounts", STRING, "All mounts of the container: source:dest:mode:rdrw:propagation.")
                .add("container.mount", STRING, REQUIRED, "One mount, by index or destination (container.mount[/etc]).")
                .add("container.mount.source", STRING, REQUIRED, "Source of a mount, by index or destination.")
                .add("container.mount.dest", STRING, REQUIRED, "Destination of a mount, by index or source.")
                .dotted("container.label", STRING, REQUIRED, "One container label (container.label.app).")
                .add("container.healthcheck", STRING, "Health check command of the container.")
                .add("container.ip", IPADDR, "Primary IP address of the container.")
                .add("container.cni.json", STRING, "CNI result of the container's pod, as JSON.")
                .add("container.start_ts", ABSTIME, "Start of the container, nanoseconds since the epoch.")
                .add("container.duration", RELTIME, "Nanoseconds since the container started.")
                .add("k8s.pod.name", STRING, "Name of the Kubernetes pod of the container.")
                .add("k8s.pod.id", STRING, "Id of the Kubernetes pod (legacy name of k8s.pod.uid).")
                .add("k8s.pod.uid", STRING, "UID of the Kubernetes pod.")
                .add("k8s.pod.sandbox_id", STRING, "Truncated id of the pod's sandbox container.")
                .add("k8s.pod.full_sandbox_id", STRING, "Full id of the pod's sandbox container.")
                .dotted("k8s.pod.label", STRING, REQUIRED, "One pod label (k8s.pod.label.app or k8s.pod.label[app]).")
                .add("k8s.pod.labels", STRING, "All pod labels, as key:value pairs.")
                .add("k8s.pod.ip", IPADDR, "IP address of the pod.")
                .add("k8s.pod.cni.json", STRING, "CNI result of the pod, as JSON.")
                .add("k8s.ns.name", STRING, "Kubernetes namespace of the pod.");
    }
}
