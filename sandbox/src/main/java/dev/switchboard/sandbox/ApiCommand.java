package dev.switchboard.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the API's fast-jar is launched, awaited and stopped, the same for the sandbox and the
 * benchmarks: from the jar's directory, with the build's AppCDS archive when there is one.
 */
public final class ApiCommand {

  /** The class-data archive that {@code quarkus.package.jar.appcds.enabled} writes. */
  public static final String APP_CDS_ARCHIVE = "app-cds.jsa";

  private ApiCommand() {}

  /**
   * A process builder for {@code java [-XX:SharedArchiveFile=app-cds.jsa] -jar quarkus-run.jar},
   * run in the jar's directory: the archive records the class path as the build's training run saw
   * it (relative to that directory), and the JVM ignores an archive whose class path differs.
   */
  public static ProcessBuilder forJar(Path jar) {
    return forJar(jar, List.of());
  }

  /**
   * As {@link #forJar(Path)}, with {@code jvmOptions} before {@code -jar} (a GC log, a heap size).
   */
  public static ProcessBuilder forJar(Path jar, List<String> jvmOptions) {
    Path absolute = jar.toAbsolutePath();
    Path directory = absolute.getParent();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (usesAppCds(jar)) {
      command.add("-XX:SharedArchiveFile=" + APP_CDS_ARCHIVE);
    }
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(absolute.getFileName().toString());
    return new ProcessBuilder(command).directory(directory.toFile());
  }

  /** Whether the build wrote an AppCDS archive beside the jar. */
  public static boolean usesAppCds(Path jar) {
    return Files.isRegularFile(jar.toAbsolutePath().resolveSibling(APP_CDS_ARCHIVE));
  }

  /**
   * Polls {@code /q/health/ready} on the management interface of the API at {@code apiUrl} ({@link
   * ApiEnvironment#managementUrl}) every {@code pause} until it answers 200 (true), the process
   * exits or the deadline ({@link System#nanoTime()}) passes (false).
   */
  public static boolean awaitReady(Process api, String apiUrl, long deadline, Duration pause)
      throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(ApiEnvironment.managementUrl(apiUrl) + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    while (System.nanoTime() < deadline) {
      if (!api.isAlive()) {
        return false;
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(pause.toMillis());
    }
    return false;
  }

  /** Asks the API to stop, and kills it after 20 seconds. */
  public static void stop(Process api) {
    if (!api.isAlive()) {
      return;
    }
    api.destroy();
    try {
      if (!api.waitFor(20, TimeUnit.SECONDS)) {
        api.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      api.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
