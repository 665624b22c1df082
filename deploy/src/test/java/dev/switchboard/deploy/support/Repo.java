package dev.switchboard.deploy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where things are, from the deploy module's directory (Maven runs the tests there). */
public final class Repo {

  /** The deploy module. */
  public static final Path DEPLOY = Path.of("").toAbsolutePath();

  /** The repository root, holding the application's modules. */
  public static final Path ROOT = DEPLOY.getParent();

  public static final Path K8S = DEPLOY.resolve("k8s");
  public static final Path BASE = K8S.resolve("base");
  public static final Path KAFKA_BASE = K8S.resolve("kafka/base");
  public static final Path README = DEPLOY.resolve("README.md");
  public static final Path DOCKERFILE = DEPLOY.resolve("docker/Dockerfile.jvm");
  public static final Path DASHBOARD = DEPLOY.resolve("monitoring/grafana-dashboard.json");
  public static final Path API = ROOT.resolve("api");
  public static final Path APPLICATION_PROPERTIES =
      API.resolve("src/main/resources/application.properties");
  public static final Path EVENTS_DOC = ROOT.resolve("docs/events.md");

  private Repo() {}

  /** The application's overlays (directories under k8s/overlays). */
  public static List<Path> appOverlays() {
    return directories(K8S.resolve("overlays"));
  }

  /** The Kafka overlays (directories under k8s/kafka/overlays). */
  public static List<Path> kafkaOverlays() {
    return directories(K8S.resolve("kafka/overlays"));
  }

  /** Every YAML file under k8s/. */
  public static List<Path> yamlFiles() {
    try (Stream<Path> files = Files.walk(K8S)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> directories(Path parent) {
    try (Stream<Path> children = Files.list(parent)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
