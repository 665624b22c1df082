package dev.switchboard.benchmarks;

import dev.switchboard.sandbox.ApiCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API jar as a separate JVM, started as the sandbox launcher starts it ({@link ApiCommand}:
 * with the build's AppCDS archive when there is one), with its output in a log file and its
 * collector's pauses in a GC log beside it. Knows its pid, so the harness reads its memory from
 * /proc and records it with JFR.
 */
public final class ApiJvm implements AutoCloseable {

  private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

  private final Process process;
  private final long startedAt;
  private final Path log;
  private final Path gcLog;
  private final boolean appCds;

  private ApiJvm(Process process, long startedAt, Path log, Path gcLog, boolean appCds) {
    this.process = process;
    this.startedAt = startedAt;
    this.log = log;
    this.gcLog = gcLog;
    this.appCds = appCds;
  }

  public static ApiJvm start(Path jar, Map<String, String> environment, Path log)
      throws IOException {
    return start(jar, List.of(), environment, log);
  }

  /**
   * As {@link #start(Path, Map, Path)}, with {@code jvmOptions} added to the API's command line
   * (the harness's {@code --api-jvm-option}): to compare a JVM setting, such as the heap's sizing,
   * against the same run's baselines.
   */
  public static ApiJvm start(
      Path jar, List<String> jvmOptions, Map<String, String> environment, Path log)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "The API jar "
              + jar.toAbsolutePath()
              + " does not exist: build it with ./mvnw -B -q package -DskipTests -pl api");
    }
    Files.createDirectories(log.toAbsolutePath().getParent());
    Path gcLog = gcLogOf(log);
    List<String> options = new ArrayList<>();
    // On the command line, not through JDK_JAVA_OPTIONS: the launcher announces that variable on
    // the API's output, whose every line must be the API's own (JSON in the prod profile).
    options.add(GcLog.option(gcLog));
    options.addAll(jvmOptions);
    ProcessBuilder builder =
        ApiCommand.forJar(jar, options)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toAbsolutePath().toFile()));
    builder.environment().putAll(environment);
    long startedAt = System.nanoTime();
    return new ApiJvm(builder.start(), startedAt, log, gcLog, ApiCommand.usesAppCds(jar));
  }

  private static Path gcLogOf(Path log) {
    String name = log.getFileName().toString();
    String base = name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
    return log.toAbsolutePath().resolveSibling(base + "-gc.log");
  }

  /** The collector's pauses so far, from the GC log. */
  public List<StallWatch.GcPause> gcPauses() throws IOException {
    return GcLog.pauses(gcLog);
  }

  public Path gcLog() {
    return gcLog;
  }

  /** Whether the JVM was given the build's AppCDS archive. */
  public boolean usesAppCds() {
    return appCds;
  }

  public long pid() {
    return process.pid();
  }

  /** Polls readiness every 20 ms; the time from process start to the first 200. */
  public Duration awaitReady(String apiUrl, Duration timeout) throws InterruptedException {
    if (ApiCommand.awaitReady(
        process, apiUrl, startedAt + timeout.toNanos(), Duration.ofMillis(20))) {
      return Duration.ofNanos(System.nanoTime() - startedAt);
    }
    if (!process.isAlive()) {
      throw new IllegalStateException("the API exited during start-up; see " + log);
    }
    throw new IllegalStateException("the API was not ready within " + timeout + "; see " + log);
  }

  /** Quarkus's own "started in" figure from the log. */
  public OptionalDouble quarkusStartedInSeconds() {
    try {
      Matcher m = STARTED_IN.matcher(Files.readString(log));
      return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    } catch (IOException e) {
      return OptionalDouble.empty();
    }
  }

  public long rssBytes() {
    return ProcessStats.rssBytes(process.pid());
  }

  /** Starts a JFR recording with the profile settings (method samples, locks, parks). */
  public void startRecording(Path file) throws IOException, InterruptedException {
    jcmd("JFR.start", "name=benchmark", "settings=profile", "filename=" + file.toAbsolutePath());
  }

  /** Stops the recording and writes its file. */
  public void stopRecording() throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=benchmark");
  }

  private void jcmd(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    command.add(String.valueOf(process.pid()));
    command.addAll(List.of(arguments));
    Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      throw new IOException("jcmd " + String.join(" ", arguments) + " failed: " + output);
    }
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() {
    ApiCommand.stop(process);
  }
}
