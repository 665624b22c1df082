package dev.switchboard.domain.messaging;

import java.time.Instant;
import java.util.Optional;

/** Port: a carrier that can send our messages (Flowroute). */
public interface MessageGateway {

  /**
   * Hands the message to the carrier.
   *
   * @return the carrier's id of the message ({@code mdr2-...})
   * @throws CarrierException when the carrier did not take it
   */
  String send(Message message);

  /**
   * Looks for the message among those the carrier accepted since {@code since}, to settle a send
   * whose outcome we never learned (a crash or a timeout) before sending it again.
   *
   * @return the carrier's id when the carrier has it
   * @throws CarrierException when the carrier cannot be asked now
   */
  Optional<String> findAccepted(Message message, Instant since);
}
