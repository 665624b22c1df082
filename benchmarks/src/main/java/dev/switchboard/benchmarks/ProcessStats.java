package dev.switchboard.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident memory and CPU time of processes, read from /proc (Linux only). */
public final class ProcessStats {

  private ProcessStats() {}

  /** VmRSS of the process, or -1 when it cannot be read. */
  public static long rssBytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // gone or not Linux
    }
    return -1;
  }

  /** User plus system CPU time of the process so far, in clock ticks; 0 when unreadable. */
  public static long cpuTicks(long pid) {
    try {
      return ticksOf(Path.of("/proc", String.valueOf(pid), "stat"));
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * CPU time so far of the process's JIT compiler threads (HotSpot's "C1/C2 CompilerThread"), in
   * clock ticks; 0 when unreadable.
   */
  public static long compilerTicks(long pid) {
    return threadTicks(pid, name -> name.contains("CompilerThre"));
  }

  /**
   * CPU time so far of the threads of the Kafka broker that runs inside {@code pid} (the harness's
   * in-process KRaft broker), in clock ticks: its request handlers, transaction coordinator, log
   * and controller threads, not the clients' producer and consumer threads.
   */
  public static long brokerTicks(long pid) {
    return threadTicks(pid, ProcessStats::isBrokerThread);
  }

  /** Kafka 4.1's broker threads, by the first 15 characters of their names (the kernel's comm). */
  static boolean isBrokerThread(String comm) {
    for (String prefix : BROKER_THREADS) {
      if (comm.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> BROKER_THREADS =
      List.of(
          "data-plane-",
          "kafka-scheduler",
          "kafka-1-",
          "kafka-log-clean",
          "ExpirationReape",
          "group-coordinat",
          "share-coordinat",
          "share-group-loc",
          "transaction-log",
          "TxnMarkerSender",
          "AddPartitionsTo",
          "controller-",
          "quorum-controll",
          "raft-expiration",
          "broker-",
          "persister-state",
          "PersisterStateM",
          "executor-",
          "client-metrics",
          "LogDirFailureHa",
          "SensorExpiryThr");

  /** CPU ticks so far of the process's live threads whose name {@code matches}. */
  private static long threadTicks(long pid, java.util.function.Predicate<String> matches) {
    long ticks = 0;
    try (java.util.stream.Stream<Path> tasks =
        Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          if (matches.test(Files.readString(task.resolve("comm")).strip())) {
            ticks += ticksOf(task.resolve("stat"));
          }
        } catch (IOException | RuntimeException gone) {
          // the thread ended while we read it
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ticks;
  }

  /** User plus system time from a process's or a thread's {@code stat} file. */
  private static long ticksOf(Path statFile) throws IOException {
    String stat = Files.readString(statFile);
    // the command name may contain spaces: fields are counted after its closing parenthesis
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** Ticks of all CPUs that were busy (not idle, not iowait), from /proc/stat. */
  public static long[] machineTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new long[] {total, total - idle};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** The parent pid of a process, or -1. */
  public static long parentPid(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** A process and its direct children (PostgreSQL's postmaster and its backends). */
  public static List<Long> withChildren(long parent) {
    List<Long> pids = new ArrayList<>();
    pids.add(parent);
    try (java.util.stream.Stream<Path> dirs = Files.list(Path.of("/proc"))) {
      dirs.map(d -> d.getFileName().toString())
          .filter(name -> name.matches("[0-9]+"))
          .map(Long::parseLong)
          .filter(pid -> parentPid(pid) == parent)
          .forEach(pids::add);
    } catch (IOException e) {
      // not Linux
    }
    return pids;
  }
}
