package dev.switchboard.sandbox.emulator.e911;

import java.util.Objects;

/** An E911 record of the emulated account: its id (an integer as a string) and its address. */
public record E911Record(String id, E911Address address) {

  public E911Record {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(address, "address");
  }
}
