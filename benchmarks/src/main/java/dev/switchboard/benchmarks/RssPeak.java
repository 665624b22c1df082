package dev.switchboard.benchmarks;

/** Samples a process's resident memory every 200 ms and keeps the highest value. */
final class RssPeak implements AutoCloseable {

  private final long pid;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private RssPeak(long pid) {
    this.pid = pid;
    this.thread = new Thread(this::sample, "rss-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  static RssPeak start(long pid) {
    return new RssPeak(pid);
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, ProcessStats.rssBytes(pid));
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  long peakBytes() {
    return Math.max(peak, ProcessStats.rssBytes(pid));
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
