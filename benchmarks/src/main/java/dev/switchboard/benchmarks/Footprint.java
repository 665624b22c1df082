package dev.switchboard.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Start-up time and resident memory of the API, beside a bare JVM ({@link IdleJvm}) started the
 * same way on the same machine in the same run.
 */
final class Footprint {

  static final String SECTION = "Footprint";
  private static final double MIB = 1024 * 1024;

  private final Context ctx;
  private double bareStartSeconds = Double.NaN;
  private double bareRssMib = Double.NaN;

  Footprint(Context ctx) {
    this.ctx = ctx;
  }

  /** Starts {@link IdleJvm}: the time to its first line, and its RSS once settled. */
  void measureBareJvm(Duration settle) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long t = System.nanoTime();
    Process p =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), IdleJvm.class.getName())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      bareStartSeconds = (System.nanoTime() - t) / 1e9;
      if (!"ready".equals(line)) {
        throw new IllegalStateException("the bare JVM printed " + line);
      }
      Thread.sleep(settle.toMillis());
      bareRssMib = ProcessStats.rssBytes(p.pid()) / MIB;
    } finally {
      p.destroyForcibly().waitFor();
    }
  }

  void startup(String name, Duration toReady, ApiJvm api, boolean targeted) {
    double seconds = toReady.toNanos() / 1e9;
    String startedIn =
        api.quarkusStartedInSeconds().isPresent()
            ? String.format(
                Locale.ROOT,
                "Quarkus says 'started in %.3fs'",
                api.quarkusStartedInSeconds().getAsDouble())
            : "";
    ctx.report()
        .add(
            new Figure(
                SECTION,
                name,
                seconds,
                "s",
                "bare JVM to main()",
                bareStartSeconds,
                targeted ? "start-up ≤ 3 s to ready" : "",
                targeted ? seconds <= 3 : null,
                (targeted && seconds > 3
                        ? String.format(Locale.ROOT, "%.2f s over; ", seconds - 3)
                        : "")
                    + startedIn
                    + (api.usesAppCds() ? "; with AppCDS" : "; no AppCDS archive")));
  }

  void idleRss(long bytes) {
    double mib = bytes / MIB;
    ctx.report()
        .add(
            new Figure(
                SECTION,
                "resident memory (RSS) idle after start-up",
                mib,
                "MiB",
                "bare idle JVM",
                bareRssMib,
                "idle RSS ≤ 300 MB",
                mib * MIB <= 300e6,
                mib * MIB <= 300e6
                    ? ""
                    : String.format(Locale.ROOT, "%.0f MB over", (mib * MIB - 300e6) / 1e6)));
  }

  void loadRss(long peakBytes, long idleBytes) {
    ctx.report()
        .add(
            new Figure(
                SECTION,
                "resident memory (RSS) peak under inbound and send load",
                peakBytes / MIB,
                "MiB",
                "idle RSS",
                idleBytes / MIB,
                "",
                null,
                "default JVM ergonomics (no -Xmx): the heap grows towards 1/4 of RAM"));
  }
}
