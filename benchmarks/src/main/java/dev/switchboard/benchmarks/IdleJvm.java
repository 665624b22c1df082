package dev.switchboard.benchmarks;

/**
 * A JVM that prints {@code ready} and idles: the footprint baseline (JVM start-up and resident
 * memory with nothing loaded). Bounded: it exits by itself after a minute.
 */
public final class IdleJvm {

  private IdleJvm() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(60_000);
  }
}
