package dev.switchboard.benchmarks;

/** One request of a load step; answers whether it succeeded. */
@FunctionalInterface
public interface Operation {

  /**
   * @param worker the index of the calling worker, for per-worker resources
   * @param startNanos when the operation was meant to start ({@link System#nanoTime()})
   */
  boolean run(int worker, long startNanos) throws Exception;
}
