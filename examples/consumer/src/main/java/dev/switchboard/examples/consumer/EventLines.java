package dev.switchboard.examples.consumer;

import dev.switchboard.events.contract.SwitchboardEvent;
import dev.switchboard.events.contract.data.ForeignMessageRecordedData;
import dev.switchboard.events.contract.data.MessageReceivedData;
import dev.switchboard.events.contract.data.MessageStatusChangedData;
import java.util.Optional;

/** The line the example prints for an event: inbound texts and status changes, nothing else. */
final class EventLines {

  private EventLines() {}

  static Optional<String> line(SwitchboardEvent<?> event) {
    Object data = event.data();
    if (data instanceof MessageReceivedData text) {
      return Optional.of(
          "inbound "
              + text.id()
              + " from "
              + text.from()
              + " to "
              + text.to()
              + ": "
              + (text.body() == null ? "" : text.body())
              + (text.media().isEmpty() ? "" : " [" + text.media().size() + " media]"));
    }
    if (data instanceof MessageStatusChangedData change) {
      return Optional.of(
          "status "
              + change.id()
              + " "
              + (change.previousStatus() == null ? "" : change.previousStatus() + " -> ")
              + change.status()
              + (change.failureCode() == null
                  ? ""
                  : " (" + change.failureCode() + " " + change.failureReason() + ")"));
    }
    if (data instanceof ForeignMessageRecordedData foreign) {
      return Optional.of(
          "status "
              + foreign.id()
              + " "
              + foreign.status()
              + " (sent outside Switchboard from "
              + foreign.from()
              + ")");
    }
    return Optional.empty();
  }
}
