package dev.switchboard.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording and summarises it in markdown: where CPU samples fall (hottest methods, our
 * own frames, threads), and where threads waited (monitor contention, parking), plus GC.
 */
final class JfrSummary {

  private static final int TOP = 12;

  private JfrSummary() {}

  static String summarize(Path file) throws IOException {
    Map<String, Long> topFrames = new HashMap<>();
    Map<String, Long> ourFrames = new HashMap<>();
    Map<String, Long> threads = new HashMap<>();
    Map<String, Long> libraries = new HashMap<>();
    Map<String, Long> monitorNanos = new HashMap<>();
    Map<String, Long> parkNanos = new HashMap<>();
    long samples = 0;
    long gcCount = 0;
    long gcNanos = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      String type = event.getEventType().getName();
      switch (type) {
        case "jdk.ExecutionSample" -> {
          samples++;
          RecordedStackTrace stack = event.getStackTrace();
          if (stack != null && !stack.getFrames().isEmpty()) {
            topFrames.merge(method(stack.getFrames().get(0)), 1L, Long::sum);
            libraries.merge(library(stack.getFrames().get(0)), 1L, Long::sum);
            String ours = firstFrame(stack.getFrames(), "dev.switchboard.");
            ourFrames.merge(ours == null ? "(no Switchboard frame)" : ours, 1L, Long::sum);
          }
          RecordedThread thread = event.getThread("sampledThread");
          threads.merge(threadGroup(thread), 1L, Long::sum);
        }
        case "jdk.JavaMonitorEnter" -> {
          RecordedClass monitor = event.getClass("monitorClass");
          String key =
              (monitor == null ? "?" : monitor.getName()) + " at " + caller(event.getStackTrace());
          monitorNanos.merge(key, event.getDuration().toNanos(), Long::sum);
        }
        case "jdk.ThreadPark" -> {
          RecordedClass parked = event.getClass("parkedClass");
          String key =
              (parked == null ? "?" : parked.getName()) + " at " + caller(event.getStackTrace());
          parkNanos.merge(key, event.getDuration().toNanos(), Long::sum);
        }
        case "jdk.GarbageCollection" -> {
          gcCount++;
          gcNanos += event.getDuration().toNanos();
        }
        default -> {}
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "%d CPU samples; %d garbage collections, %.0f ms in all.%n%n",
            samples,
            gcCount,
            gcNanos / 1e6));
    md.append(
        table("CPU samples by library (package of the top frame)", "samples", libraries, samples));
    md.append(table("Hottest methods (top frame of CPU samples)", "samples", topFrames, samples));
    md.append(
        table(
            "Our code on the sampled stacks (innermost Switchboard frame)",
            "samples",
            ourFrames,
            samples));
    md.append(table("CPU samples by thread", "samples", threads, samples));
    md.append(
        table(
            "Monitor contention (time blocked entering, ≥ 10 ms events)", "ms", monitorNanos, -1));
    md.append(
        table(
            "Parking (time parked, ≥ 10 ms events), by waited-on class and caller",
            "ms",
            parkNanos,
            -1));
    return md.toString();
  }

  private static String table(String title, String unit, Map<String, Long> counts, long total) {
    StringBuilder md = new StringBuilder("**").append(title).append("**\n\n");
    if (counts.isEmpty()) {
      return md.append("(none recorded)\n\n").toString();
    }
    md.append("| ").append(unit).append(" | share | where |\n|---:|---:|---|\n");
    long sum = counts.values().stream().mapToLong(Long::longValue).sum();
    counts.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(TOP)
        .forEach(
            e ->
                md.append("| ")
                    .append(
                        total >= 0
                            ? String.valueOf(e.getValue())
                            : String.format(Locale.ROOT, "%.0f", e.getValue() / 1e6))
                    .append(" | ")
                    .append(
                        String.format(
                            Locale.ROOT,
                            "%.1f %%",
                            100.0 * e.getValue() / (total > 0 ? total : sum)))
                    .append(" | `")
                    .append(e.getKey().replace("|", "\\|"))
                    .append("` |\n"));
    return md.append('\n').toString();
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** The first two or three segments of the frame's package: {@code org.hibernate.orm}. */
  private static String library(RecordedFrame frame) {
    String[] parts = frame.getMethod().getType().getName().split("\\.");
    int keep = parts.length > 3 && parts[0].equals("dev") ? 3 : Math.min(2, parts.length - 1);
    return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, keep)));
  }

  private static String firstFrame(List<RecordedFrame> frames, String prefix) {
    for (RecordedFrame frame : frames) {
      if (frame.getMethod().getType().getName().startsWith(prefix)) {
        return method(frame);
      }
    }
    return null;
  }

  /** The innermost frame outside the JDK's concurrency and lock code: who waited. */
  private static String caller(RecordedStackTrace stack) {
    if (stack == null) {
      return "?";
    }
    for (RecordedFrame frame : stack.getFrames()) {
      String type = frame.getMethod().getType().getName();
      if (!type.startsWith("java.util.concurrent.")
          && !type.startsWith("jdk.internal.misc.")
          && !type.startsWith("java.lang.Object")
          && !type.startsWith("java.lang.Thread")) {
        return method(frame);
      }
    }
    return method(stack.getFrames().get(0));
  }

  /** Thread names without their numbers, so pools add up: {@code executor-thread-#}. */
  private static String threadGroup(RecordedThread thread) {
    if (thread == null || thread.getJavaName() == null) {
      return "?";
    }
    return thread.getJavaName().replaceAll("\\d+", "#");
  }
}
