package dev.switchboard.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the unsuccessful answers of a step by kind ({@code HTTP 500}, an exception's name). */
final class Outcomes {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void record(String kind) {
    counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  /** Wraps an operation whose success is one HTTP status, counting every other answer. */
  Operation expecting(int status, HttpCall call) {
    return (worker, start) -> {
      int answer;
      try {
        answer = call.status();
      } catch (Exception e) {
        record(e.getClass().getSimpleName());
        throw e;
      }
      if (answer != status) {
        record("HTTP " + answer);
        return false;
      }
      return true;
    };
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  /** E.g. {@code HTTP 500 × 38, HttpTimeoutException × 2}; empty when all succeeded. */
  String describe() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(counts)
        .forEach(
            (kind, count) ->
                text.append(text.length() == 0 ? "" : ", ")
                    .append(kind)
                    .append(" × ")
                    .append(count.sum()));
    return text.toString();
  }

  /** One HTTP request, answering its status. */
  @FunctionalInterface
  interface HttpCall {
    int status() throws Exception;
  }
}
