package dev.switchboard.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
    return ApiCommand.awaitReady(
        process, apiUrl, System.nanoTime() + timeout.toNanos(), Duration.ofMillis(500));
  }

  long pid() {
    return process.pid();
  }

  java.util.concurrent.CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Sends SIGTERM and returns at once. */
  void requestStop() {
    process.destroy();
  }

  /** Asks the API to stop, and kills it after 20 seconds. */
  void stop() {
    ApiCommand.stop(process);
  }
}
