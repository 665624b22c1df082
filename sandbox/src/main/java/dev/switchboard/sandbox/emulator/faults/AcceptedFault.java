package dev.switchboard.sandbox.emulator.faults;

/**
 * A planned fault on accepted sends: every {@code every}-th accepted send is hit until {@code
 * count} were. Deterministic (no randomness), so a test knows which sends are hit: with every 3,
 * the 3rd, 6th, 9th... Callers synchronise.
 */
final class AcceptedFault {

  private int remaining;
  private int every = 1;
  private int seen;

  void plan(int count, int newEvery) {
    if (count < 0 || newEvery < 1) {
      throw new IllegalArgumentException("count >= 0 and every >= 1 expected");
    }
    remaining = count;
    every = newEvery;
    seen = 0;
  }

  /** Counts one accepted send; true when this one is hit. */
  boolean take() {
    if (remaining == 0) {
      return false;
    }
    seen++;
    if (seen % every != 0) {
      return false;
    }
    remaining--;
    return true;
  }

  int remaining() {
    return remaining;
  }

  int every() {
    return every;
  }
}
