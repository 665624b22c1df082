package dev.switchboard.domain.shared;

import java.util.UUID;

/** Port: hands out new unique ids. */
public interface IdGenerator {
  UUID newId();
}
