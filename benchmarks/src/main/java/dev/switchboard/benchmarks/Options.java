package dev.switchboard.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@link Main}.
 *
 * @param quick short steps and small data, for a check that everything runs
 * @param only the benchmarks to run
 * @param maxRows the largest stored-message count the query benchmark loads
 * @param output where the report is written
 * @param apiJar the API's {@code quarkus-run.jar}
 * @param profile whether to record the API with JFR under inbound load
 * @param inboundRates fixed webhook rates to measure instead of the inbound sweep (empty: the
 *     sweep, then a quarter, half and three quarters of its peak)
 * @param postgresSettings PostgreSQL server settings on top of the sandbox's durable ones, e.g.
 *     {@code max_wal_size=4GB}, to try what an operator would set
 * @param apiJvmOptions JVM options added to the API's command line
 * @param floorJvmOptions JVM options added to the framework floor's command line, such as a Quarkus
 *     setting ({@code -Dquarkus.otel.sdk.disabled=true}) to see what a part of the stack costs
 */
public record Options(
    boolean quick,
    Set<String> only,
    long maxRows,
    Path output,
    Path apiJar,
    boolean profile,
    List<Double> inboundRates,
    Map<String, String> postgresSettings,
    List<String> apiJvmOptions,
    List<String> floorJvmOptions) {

  public static final List<String> SUITES =
      List.of("footprint", "inbound", "send", "batch", "dispatcher", "queries");

  public static final String USAGE =
      "usage: run-benchmarks.sh [--quick] [--only "
          + String.join(",", SUITES)
          + "] [--max-rows N] [--output BENCHMARKS.md] [--api-jar PATH] [--no-profile]"
          + " [--inbound-rates R1,R2] [--postgres-setting NAME=VALUE]..."
          + " [--api-jvm-option -XOPTION]... [--floor-jvm-option -XOPTION]...";

  public Options {
    only = Set.copyOf(only);
    for (String suite : only) {
      if (!SUITES.contains(suite)) {
        throw new IllegalArgumentException("unknown benchmark '" + suite + "'; " + USAGE);
      }
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("--max-rows must be positive");
    }
    inboundRates = List.copyOf(inboundRates);
    apiJvmOptions = List.copyOf(apiJvmOptions);
    if (apiJvmOptions.stream().anyMatch(option -> !option.startsWith("-"))) {
      throw new IllegalArgumentException("--api-jvm-option takes one JVM option, e.g. -Xmn32m");
    }
    floorJvmOptions = List.copyOf(floorJvmOptions);
    if (floorJvmOptions.stream().anyMatch(option -> !option.startsWith("-"))) {
      throw new IllegalArgumentException(
          "--floor-jvm-option takes one JVM option, e.g. -Dquarkus.otel.sdk.disabled=true");
    }
    postgresSettings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(postgresSettings));
    if (inboundRates.stream().anyMatch(rate -> !(rate > 0))) {
      throw new IllegalArgumentException("--inbound-rates must be positive");
    }
  }

  public static Options parse(String... args) {
    boolean quick = false;
    boolean profile = true;
    Set<String> only = new LinkedHashSet<>(SUITES);
    long maxRows = -1;
    Path output = Path.of("BENCHMARKS.md");
    Path apiJar = Path.of("api/target/quarkus-app/quarkus-run.jar");
    List<Double> inboundRates = new ArrayList<>();
    Map<String, String> postgresSettings = new LinkedHashMap<>();
    List<String> apiJvmOptions = new ArrayList<>();
    List<String> floorJvmOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--quick" -> quick = true;
        case "--no-profile" -> profile = false;
        case "--only" -> {
          only = new LinkedHashSet<>();
          for (String name : value(args, ++i, arg).split(",")) {
            if (!name.isBlank()) {
              only.add(name.trim());
            }
          }
        }
        case "--max-rows" -> maxRows = Long.parseLong(value(args, ++i, arg).replace("_", ""));
        case "--output" -> output = Path.of(value(args, ++i, arg));
        case "--api-jar" -> apiJar = Path.of(value(args, ++i, arg));
        case "--inbound-rates" -> {
          for (String rate : value(args, ++i, arg).split(",")) {
            inboundRates.add(Double.parseDouble(rate.trim().replace("_", "")));
          }
        }
        case "--postgres-setting" -> {
          String setting = value(args, ++i, arg);
          int eq = setting.indexOf('=');
          if (eq < 1 || eq == setting.length() - 1) {
            throw new IllegalArgumentException(
                "--postgres-setting needs NAME=VALUE, e.g. max_wal_size=4GB; " + USAGE);
          }
          postgresSettings.put(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
        }
        case "--api-jvm-option" -> apiJvmOptions.add(value(args, ++i, arg));
        case "--floor-jvm-option" -> floorJvmOptions.add(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'; " + USAGE);
      }
    }
    if (maxRows < 0) {
      maxRows = quick ? 100_000 : 10_000_000;
    }
    return new Options(
        quick,
        only,
        maxRows,
        output,
        apiJar,
        profile,
        inboundRates,
        postgresSettings,
        apiJvmOptions,
        floorJvmOptions);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args[index];
  }

  public boolean runs(String suite) {
    return only.contains(suite);
  }

  public Duration warmup() {
    return quick ? Duration.ofSeconds(1) : Duration.ofSeconds(3);
  }

  public Duration measure() {
    return quick ? Duration.ofSeconds(3) : Duration.ofSeconds(10);
  }

  /** Concurrent connections of the inbound, ceiling and send steps. */
  public List<Integer> concurrencies() {
    return List.of(1, 4, 16, 64);
  }

  /** Stored-message counts of the query benchmark, up to {@link #maxRows()}. */
  public List<Long> rowCounts() {
    List<Long> counts =
        Arrays.stream(quick ? new long[] {100_000} : new long[] {1_000_000, 10_000_000})
            .filter(n -> n <= maxRows)
            .boxed()
            .toList();
    return counts.isEmpty() ? List.of(maxRows) : counts;
  }
}
