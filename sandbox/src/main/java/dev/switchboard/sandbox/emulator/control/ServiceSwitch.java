package dev.switchboard.sandbox.emulator.control;

/**
 * A service the sandbox launcher owns (Kafka, PostgreSQL) that {@code /sandbox/<name>/stop} and
 * {@code /start} switch off and on again, keeping its port and data, to watch an outage.
 */
public interface ServiceSwitch {

  /** Stops the service; does nothing when it is stopped. */
  void stop() throws Exception;

  /** Starts it again on the same port with the same data; does nothing when it runs. */
  void start() throws Exception;

  boolean isRunning();

  /** Something that may fail, as stopping and starting a server may. */
  interface Action {
    void run() throws Exception;
  }

  /** A switch made of its three parts. */
  static ServiceSwitch of(Action stop, Action start, java.util.function.BooleanSupplier running) {
    return new ServiceSwitch() {
      @Override
      public void stop() throws Exception {
        stop.run();
      }

      @Override
      public void start() throws Exception {
        start.run();
      }

      @Override
      public boolean isRunning() {
        return running.getAsBoolean();
      }
    };
  }
}
