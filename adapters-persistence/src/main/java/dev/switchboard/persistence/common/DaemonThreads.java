package dev.switchboard.persistence.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Background threads of this adapter: named for thread dumps, and never holding the JVM open. */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** One daemon thread called {@code name} that runs the tasks handed to it in turn. */
  public static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }
}
