package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.shared.E164Number;
import java.util.List;

/** Port: which of our numbers show a caller name, asked before it is removed. */
public interface CnamUsage {

  /** The numbers that show this caller name, in number order. */
  List<E164Number> usingCnam(String cnamId);
}
