package dev.switchboard.deploy.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configuration keys the deployed application reads, from its own files: the api module's
 * application.properties, and the {@code @ConfigMapping} and {@code @ConfigProperty} declarations
 * of the api module and of the project modules it depends on (test-scoped ones excluded).
 */
public final class AppSettings {

  private final Map<String, Setting> settings;

  private AppSettings(Map<String, Setting> settings) {
    this.settings = Map.copyOf(settings);
  }

  /** The application as it is in the repository now. */
  public static AppSettings load() {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (Path module : deployedModules()) {
      for (Path source : javaSources(module.resolve("src/main/java"))) {
        for (Setting setting : ConfigMappingScanner.scan(Repo.read(source))) {
          settings.merge(setting.key(), setting, Setting::overriddenBy);
        }
      }
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Repo.APPLICATION_PROPERTIES)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("%")) {
        continue; // profile-specific (%test, %dev): never active in a deployment
      }
      Setting fromProperties =
          new Setting(
              key, Optional.of(properties.getProperty(key)), false, Setting.credentialName(key));
      settings.merge(key, fromProperties, Setting::overriddenBy);
    }
    return new AppSettings(settings);
  }

  /** The api module and the project modules it depends on at run time. */
  static List<Path> deployedModules() {
    List<Path> modules = new ArrayList<>();
    modules.add(Repo.API);
    try {
      var factory = DocumentBuilderFactory.newInstance();
      var pom = factory.newDocumentBuilder().parse(Repo.API.resolve("pom.xml").toFile());
      NodeList dependencies = pom.getElementsByTagName("dependency");
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element dependency = (Element) dependencies.item(i);
        if (!"dev.switchboard".equals(text(dependency, "groupId"))
            || "test".equals(text(dependency, "scope"))) {
          continue;
        }
        modules.add(Repo.ROOT.resolve(text(dependency, "artifactId")));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the api module's pom.xml", e);
    }
    return modules;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
  }

  private static List<Path> javaSources(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Map<String, Setting> all() {
    return settings;
  }

  public Optional<Setting> get(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /** The key an environment variable sets, if the application reads one of that name. */
  public Optional<Setting> byEnvName(String envName) {
    return settings.values().stream().filter(s -> s.envName().equals(envName)).findFirst();
  }

  /** The value a key has when the environment does not set it. */
  public Optional<String> defaultOf(String key) {
    return get(key).flatMap(Setting::defaultValue);
  }
}
