package dev.switchboard.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the machine's CPU went during a step: the API JVM, PostgreSQL, this harness (load
 * generator, Kafka broker, emulator) and everything else, as shares of all cores.
 */
public final class CpuShare {

  private final long apiPid;
  private final long postmasterPid;
  private final long selfPid = ProcessHandle.current().pid();
  private long[] machineStart;
  private long apiStart;
  private long selfStart;
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
    postgresStart = postgresTicks();
    return this;
  }

  /** Shares (0 to 1 of all cores) since {@link #begin()}. */
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
    shares.put("postgres", postgres / total);
    shares.put("harness", self / total);
    shares.put("other", Math.max(0, busy - api - postgres - self) / total);
    shares.put("idle", Math.max(0, total - busy) / total);
    return shares;
  }

  public static String describe(Map<String, Double> shares) {
    StringBuilder text = new StringBuilder();
    shares.forEach(
        (name, share) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(name)
                .append(String.format(Locale.ROOT, " %.0f %%", share * 100)));
    return text.toString();
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
