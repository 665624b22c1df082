package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.shared.E164Number;
import java.util.List;

/** Port: which of our numbers have an E911 address, asked before it is removed. */
public interface E911Usage {

  /** The numbers that have this E911 address, in number order. */
  List<E164Number> usingE911(String e911Id);
}
