package dev.switchboard.faults;

/**
 * The dispatcher's grace and settle times for the suite: seconds, not minutes, so a scenario's
 * uncertain sends are looked up and settled within it. The grace (4 s) still covers the emulator's
 * MDR listing delay (3 s), as the 20 s default covers Flowroute's.
 */
final class FaultSuiteSettings {

  private FaultSuiteSettings() {}

  static void apply(FaultStack stack) {
    stack.set("SWITCHBOARD_DISPATCHER_UNCERTAIN_GRACE", "4s");
    stack.set("SWITCHBOARD_DISPATCHER_SETTLE_TIME", "15s");
    stack.set("SWITCHBOARD_DISPATCHER_LOOKUP_INTERVAL", "2s");
    stack.set("SWITCHBOARD_DISPATCHER_PROBE_INTERVAL", "3s");
    stack.set("SWITCHBOARD_DISPATCHER_RETRY_AFTER_CAP", "5s");
  }
}
