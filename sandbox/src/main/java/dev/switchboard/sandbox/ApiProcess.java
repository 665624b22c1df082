package dev.switchboard.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Switchboard API as a child JVM ({@link ApiCommand}), its output printed with ours. */
final class ApiProcess {

  private final Process process;

  private ApiProcess(Process process) {
    this.process = process;
  }

  /** Fails with a helpful message when the API is to be started and its jar is missing. */
  static void requireJar(SandboxSettings settings) {
    Path jar = settings.apiJar();
    if (!settings.servicesOnly() && !Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "The API jar "
              + jar.toAbsolutePath()
              + " does not exist. Build it (./mvnw -B package -pl api) or point SANDBOX_API_JAR at"
              + " it; use --services-only to run the API yourself (e.g. quarkus:dev).");
    }
  }

  static ApiProcess start(Path jar, Map<String, String> environment) throws IOException {
    ProcessBuilder builder = ApiCommand.forJar(jar).inheritIO();
    builder.environment().putAll(environment);
    return new ApiProcess(builder.start());
  }

  /**
   * Polls {@code /q/health/ready} until it answers 200; false on timeout or when the process dies.
   */
  boolean awaitReady(String apiUrl, Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiUrl + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return false;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Asks the API to stop, and kills it after 20 seconds. */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
