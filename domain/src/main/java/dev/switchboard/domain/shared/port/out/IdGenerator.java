package dev.switchboard.domain.shared.port.out;

import java.util.UUID;

/** Port: hands out new unique ids. */
public interface IdGenerator {
  UUID newId();
}
