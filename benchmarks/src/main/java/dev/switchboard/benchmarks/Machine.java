package dev.switchboard.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine the figures were measured on, read from /proc. */
public record Machine(int cores, String cpuModel, long memoryBytes, String jvm, String os) {

  public static Machine detect() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        readCpuModel(),
        readMemoryBytes(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** The 1, 5 and 15 minute load averages, as in /proc/loadavg. */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }

  /** The highest 1-minute load average seen by {@link #watchLoad()} so far. */
  private static volatile double peakLoad = Double.NaN;

  /** Samples the 1-minute load average every 5 s on a daemon thread, keeping the highest. */
  public static void watchLoad() {
    Thread watcher =
        new Thread(
            () -> {
              while (true) {
                try {
                  double now = Double.parseDouble(loadAverage().split(" ")[0]);
                  peakLoad = Double.isNaN(peakLoad) ? now : Math.max(peakLoad, now);
                  Thread.sleep(5_000);
                } catch (InterruptedException e) {
                  return;
                } catch (NumberFormatException e) {
                  return; // no /proc/loadavg
                }
              }
            },
            "load-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  public static double peakLoad() {
    return peakLoad;
  }

  private static String readCpuModel() {
    for (String line : lines("/proc/cpuinfo")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown";
  }

  private static long readMemoryBytes() {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
