package dev.switchboard.domain.messaging.port.in;

import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.usecase.ReceiveInboundMessage;
import java.util.concurrent.CompletableFuture;

/**
 * Port (driving): takes an inbound message to be recorded by {@link ReceiveInboundMessage} and
 * answers once it is committed, or with the failure that kept it from being recorded, without
 * holding the caller's thread. The api shares one transaction between the messages that arrive
 * together (group commit); {@link #direct} records each on its own.
 */
public interface InboundMessageIntake {

  CompletableFuture<ReceiveInboundMessage.Result> receiveLater(InboundMessage inbound);

  /** One message per transaction, on the caller's thread: for tests and callers that share none. */
  static InboundMessageIntake direct(ReceiveInboundMessage receive) {
    return inbound -> {
      try {
        return CompletableFuture.completedFuture(receive.receive(inbound));
      } catch (RuntimeException | Error failure) {
        return CompletableFuture.failedFuture(failure);
      }
    };
  }
}
