package dev.switchboard.deploy.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The typed resources of a rendered kustomization (the base or an overlay). */
public record Rendered(String name, List<HasMetadata> resources) {

  public Rendered {
    resources = List.copyOf(resources);
  }

  /** Renders a kustomization directory and types every resource strictly. */
  public static Rendered of(Path directory) {
    List<HasMetadata> typed = new ArrayList<>();
    for (ObjectNode tree : Kustomize.render(directory)) {
      typed.add(Manifests.typed(tree, directory.toString()));
    }
    return new Rendered(Repo.K8S.relativize(directory).toString(), typed);
  }

  /** Every resource of a type. */
  public <T extends HasMetadata> List<T> all(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The one resource of a type; fails if there is none or several. */
  public <T extends HasMetadata> T one(Class<T> type) {
    List<T> found = all(type);
    if (found.size() != 1) {
      throw new AssertionError(
          name + ": expected one " + type.getSimpleName() + " but found " + found.size());
    }
    return found.get(0);
  }

  /** A resource by type and name. */
  public <T extends HasMetadata> Optional<T> named(Class<T> type, String resourceName) {
    return all(type).stream()
        .filter(r -> resourceName.equals(r.getMetadata().getName()))
        .findFirst();
  }

  public Deployment deployment() {
    return one(Deployment.class);
  }

  public Service service() {
    return one(Service.class);
  }

  public HorizontalPodAutoscaler hpa() {
    return one(HorizontalPodAutoscaler.class);
  }

  public List<ConfigMap> configMaps() {
    return all(ConfigMap.class);
  }

  @Override
  public String toString() {
    return name;
  }
}
