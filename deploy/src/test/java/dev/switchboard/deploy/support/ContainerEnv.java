package dev.switchboard.deploy.support;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.LinkedHashMap;
import java.util.Map;

/** A container's environment as Kubernetes builds it: envFrom first, then env, which wins. */
public final class ContainerEnv {

  private ContainerEnv() {}

  /** Every variable of the container; a ConfigMap it needs must be in {@code rendered}. */
  public static Map<String, EnvValue> of(Rendered rendered, Container container) {
    Map<String, EnvValue> env = new LinkedHashMap<>();
    for (EnvFromSource source : container.getEnvFrom()) {
      if (source.getSecretRef() != null) {
        throw new AssertionError(
            "envFrom a Secret hides which keys it sets: use env with secretKeyRef");
      }
      String name = source.getConfigMapRef().getName();
      ConfigMap configMap =
          rendered
              .named(ConfigMap.class, name)
              .orElseThrow(() -> new AssertionError(rendered + ": no ConfigMap " + name));
      String prefix = source.getPrefix() == null ? "" : source.getPrefix();
      configMap
          .getData()
          .forEach(
              (key, value) ->
                  env.put(prefix + key, new EnvValue(value, null, null, "ConfigMap " + name)));
    }
    for (EnvVar variable : container.getEnv()) {
      if (variable.getValueFrom() == null) {
        env.put(variable.getName(), new EnvValue(variable.getValue(), null, null, "env"));
      } else if (variable.getValueFrom().getSecretKeyRef() != null) {
        var ref = variable.getValueFrom().getSecretKeyRef();
        env.put(variable.getName(), new EnvValue(null, ref.getName(), ref.getKey(), "env"));
      } else {
        throw new AssertionError(
            variable.getName() + ": only literal values and secretKeyRef are used");
      }
    }
    return env;
  }
}
