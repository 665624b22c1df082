package dev.switchboard.deploy.support;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules every container of the deployment obeys (the "restricted" Pod Security Standard plus a
 * read-only root filesystem and bounded resources); each check returns what it found wrong.
 */
public final class PodRules {

  private PodRules() {}

  /** Everything wrong with the containers of a pod spec. */
  public static List<String> violations(PodSpec pod) {
    List<String> found = new ArrayList<>();
    PodSecurityContext podContext =
        pod.getSecurityContext() == null ? new PodSecurityContext() : pod.getSecurityContext();
    if (Boolean.TRUE.equals(pod.getHostNetwork())
        || Boolean.TRUE.equals(pod.getHostPID())
        || Boolean.TRUE.equals(pod.getHostIPC())) {
      found.add("the pod shares a host namespace");
    }
    for (Container container :
        Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream()).toList()) {
      String name = "container " + container.getName() + ": ";
      security(container, podContext).forEach(v -> found.add(name + v));
      resources(container).forEach(v -> found.add(name + v));
      writableTmp(container, pod.getVolumes()).forEach(v -> found.add(name + v));
    }
    return found;
  }

  static List<String> security(Container container, PodSecurityContext pod) {
    List<String> found = new ArrayList<>();
    SecurityContext sc = container.getSecurityContext();
    if (sc == null) {
      return List.of("no securityContext");
    }
    boolean nonRoot =
        Boolean.TRUE.equals(sc.getRunAsNonRoot())
            || (sc.getRunAsNonRoot() == null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
    if (!nonRoot) {
      found.add("runAsNonRoot is not true");
    }
    Long user = sc.getRunAsUser() != null ? sc.getRunAsUser() : pod.getRunAsUser();
    if (user != null && user == 0L) {
      found.add("runs as user 0");
    }
    if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
      found.add("allowPrivilegeEscalation is not false");
    }
    if (Boolean.TRUE.equals(sc.getPrivileged())) {
      found.add("privileged");
    }
    if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
      found.add("readOnlyRootFilesystem is not true");
    }
    if (sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
      found.add("capabilities do not drop ALL");
    } else if (!sc.getCapabilities().getAdd().isEmpty()) {
      found.add("capabilities add " + sc.getCapabilities().getAdd());
    }
    var seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile() : pod.getSeccompProfile();
    if (seccomp == null || !List.of("RuntimeDefault", "Localhost").contains(seccomp.getType())) {
      found.add("seccompProfile is not RuntimeDefault or Localhost");
    }
    return found;
  }

  static List<String> resources(Container container) {
    List<String> found = new ArrayList<>();
    var resources = container.getResources();
    Map<String, Quantity> requests = resources == null ? Map.of() : resources.getRequests();
    Map<String, Quantity> limits = resources == null ? Map.of() : resources.getLimits();
    for (String resource : List.of("cpu", "memory")) {
      Quantity request = requests.get(resource);
      Quantity limit = limits.get(resource);
      if (request == null) {
        found.add("no " + resource + " request");
      }
      if (limit == null) {
        found.add("no " + resource + " limit");
      }
      if (request != null
          && limit != null
          && request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
        found.add(resource + " request above its limit");
      }
    }
    return found;
  }

  /** A read-only root filesystem needs a writable /tmp, and it must be an emptyDir. */
  static List<String> writableTmp(Container container, List<Volume> volumes) {
    VolumeMount tmp =
        container.getVolumeMounts().stream()
            .filter(m -> "/tmp".equals(m.getMountPath()))
            .findFirst()
            .orElse(null);
    if (tmp == null) {
      return List.of("no volume mounted at /tmp");
    }
    boolean emptyDir =
        volumes.stream()
            .anyMatch(v -> v.getName().equals(tmp.getName()) && v.getEmptyDir() != null);
    return emptyDir ? List.of() : List.of("/tmp is not an emptyDir");
  }
}
