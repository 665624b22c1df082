package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Message;
import java.time.Instant;
import java.util.List;

/** Port: a carrier that can send our messages (Flowroute). */
public interface MessageGateway {

  /**
   * Hands the message to the carrier.
   *
   * @return the carrier's id of the message ({@code mdr2-...}, or {@code mdr1-...} on Messages v2)
   * @throws CarrierException when the carrier did not take it, or may have
   */
  String send(Message message);

  /**
   * Looks for the message among those the carrier accepted between {@code from} and {@code to}, to
   * settle a send whose outcome we never learned before sending it again.
   *
   * @return every record that matches, and whether the whole window was read
   * @throws CarrierException when the carrier cannot be asked now
   */
  Lookup findAccepted(Message message, Instant from, Instant to);

  /**
   * Whether the carrier's API can send an MMS at all. A carrier API that sends text only (Flowroute
   * Messages v2) answers false, and a send with media is then refused when it is accepted, so that
   * a picture never leaves as a bare SMS.
   */
  default boolean sendsMms() {
    return true;
  }

  /**
   * A cheap authenticated request, to learn whether the carrier accepts our credentials again.
   *
   * @throws CarrierException when it does not, or cannot be asked
   */
  void probe();

  /**
   * What a lookup found.
   *
   * @param candidates the carrier's ids of the records that match the message, oldest first
   * @param complete false when the listing could not be read to its end (a page limit)
   */
  record Lookup(List<String> candidates, boolean complete) {
    public Lookup {
      candidates = List.copyOf(candidates);
    }
  }
}
