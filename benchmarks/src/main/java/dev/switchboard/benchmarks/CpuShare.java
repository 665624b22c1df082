package dev.switchboard.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the machine's CPU went during a step: the API JVM, PostgreSQL, this harness (load
 * generator, Kafka broker, emulator) and everything else, as shares of all cores; the harness's
 * share is split further into its Kafka broker and its JIT compiler, which compete with the API for
 * the same cores.
 */
public final class CpuShare {

  private final long apiPid;
  private final long postmasterPid;
  private final long selfPid = ProcessHandle.current().pid();
  private long[] machineStart;
  private long apiStart;
  private long selfStart;
  private long brokerStart;
  private long selfCompilerStart;
  private long apiCompilerStart;
  private long postgresStart;

  /**
   * @param apiPid the API JVM
   * @param postmasterPid PostgreSQL's postmaster, whose children are the backends
   */
  public CpuShare(long apiPid, long postmasterPid) {
    this.apiPid = apiPid;
    this.postmasterPid = postmasterPid;
  }

  public CpuShare begin() {
    machineStart = ProcessStats.machineTicks();
    apiStart = ProcessStats.cpuTicks(apiPid);
    selfStart = ProcessStats.cpuTicks(selfPid);
    brokerStart = ProcessStats.brokerTicks(selfPid);
    selfCompilerStart = ProcessStats.compilerTicks(selfPid);
    apiCompilerStart = ProcessStats.compilerTicks(apiPid);
    postgresStart = postgresTicks();
    return this;
  }

  /**
   * Shares (0 to 1 of all cores) since {@link #begin()}: {@code api}, {@code postgres}, {@code
   * harness}, {@code other} and {@code idle} add up to the whole; {@code api: JIT} is part of
   * {@code api}, {@code harness: Kafka broker} and {@code harness: JIT} parts of {@code harness}.
   */
  public Map<String, Double> end() {
    long[] machine = ProcessStats.machineTicks();
    double total = Math.max(1, machine[0] - machineStart[0]);
    double busy = machine[1] - machineStart[1];
    // Exited postgres backends take their ticks with them; the sum is a lower bound.
    double postgres = Math.max(0, postgresTicks() - postgresStart);
    double api = ProcessStats.cpuTicks(apiPid) - apiStart;
    double self = ProcessStats.cpuTicks(selfPid) - selfStart;
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("api", api / total);
    shares.put(API_JIT, (ProcessStats.compilerTicks(apiPid) - apiCompilerStart) / total);
    shares.put("postgres", postgres / total);
    shares.put("harness", self / total);
    shares.put(BROKER, (ProcessStats.brokerTicks(selfPid) - brokerStart) / total);
    shares.put(HARNESS_JIT, (ProcessStats.compilerTicks(selfPid) - selfCompilerStart) / total);
    shares.put("other", Math.max(0, busy - api - postgres - self) / total);
    shares.put("idle", Math.max(0, total - busy) / total);
    return shares;
  }

  static final String API_JIT = "api: JIT";
  static final String BROKER = "harness: Kafka broker";
  static final String HARNESS_JIT = "harness: JIT";

  /** "api 30 % (JIT 2 %), postgres 26 %, harness 29 % (Kafka broker 12 %, JIT 3 %), ...". */
  public static String describe(Map<String, Double> shares) {
    StringBuilder text = new StringBuilder();
    shares.forEach(
        (name, share) -> {
          if (name.contains(": ")) {
            return;
          }
          text.append(text.length() == 0 ? "" : ", ").append(name).append(percent(share));
          if (name.equals("api") && shares.containsKey(API_JIT)) {
            text.append(" (JIT").append(percent(shares.get(API_JIT))).append(")");
          }
          if (name.equals("harness") && shares.containsKey(BROKER)) {
            text.append(" (Kafka broker")
                .append(percent(shares.get(BROKER)))
                .append(", JIT")
                .append(percent(shares.getOrDefault(HARNESS_JIT, 0.0)))
                .append(")");
          }
        });
    return text.toString();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, " %.0f %%", share * 100);
  }

  private long postgresTicks() {
    List<Long> pids = ProcessStats.withChildren(postmasterPid);
    long sum = 0;
    for (long pid : pids) {
      sum += ProcessStats.cpuTicks(pid);
    }
    return sum;
  }
}
