package dev.switchboard.deploy;

import dev.switchboard.deploy.support.AppSettings;
import dev.switchboard.deploy.support.ContainerEnv;
import dev.switchboard.deploy.support.EnvValue;
import dev.switchboard.deploy.support.Rendered;
import dev.switchboard.deploy.support.Repo;
import io.fabric8.kubernetes.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rendered manifests and the application's settings, loaded once for all tests. */
final class Fixtures {

  static final AppSettings APP = AppSettings.load();

  private static List<Rendered> app;
  private static List<Rendered> kafka;

  private Fixtures() {}

  /** The base and every overlay of the application. */
  static synchronized List<Rendered> app() {
    if (app == null) {
      List<Rendered> all = new ArrayList<>();
      all.add(Rendered.of(Repo.BASE));
      Repo.appOverlays().forEach(overlay -> all.add(Rendered.of(overlay)));
      app = List.copyOf(all);
    }
    return app;
  }

  /** Only the overlays of the application (what is applied). */
  static List<Rendered> appOverlays() {
    return app().subList(1, app().size());
  }

  static Rendered appOverlay(String name) {
    return app().stream()
        .filter(r -> r.name().equals("overlays/" + name))
        .findFirst()
        .orElseThrow();
  }

  /** The Kafka base and every Kafka overlay. */
  static synchronized List<Rendered> kafka() {
    if (kafka == null) {
      List<Rendered> all = new ArrayList<>();
      all.add(Rendered.of(Repo.KAFKA_BASE));
      Repo.kafkaOverlays().forEach(overlay -> all.add(Rendered.of(overlay)));
      kafka = List.copyOf(all);
    }
    return kafka;
  }

  static Container api(Rendered rendered) {
    return rendered.deployment().getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(c -> c.getName().equals("api"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(rendered + ": no container named api"));
  }

  static Map<String, EnvValue> env(Rendered rendered) {
    return ContainerEnv.of(rendered, api(rendered));
  }

  /** The value a key has in a rendered deployment: its env var if set, else the app default. */
  static Optional<String> effective(Rendered rendered, String key) {
    EnvValue value = env(rendered).get(dev.switchboard.deploy.support.Setting.envName(key));
    if (value != null) {
      return Optional.ofNullable(value.literal());
    }
    return APP.defaultOf(key);
  }
}
