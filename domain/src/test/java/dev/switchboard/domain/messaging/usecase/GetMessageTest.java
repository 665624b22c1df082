package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One message read back by our id, or a refusal naming the problem. */
class GetMessageTest {

  private final InMemoryMessages messages = new InMemoryMessages();
  private final GetMessage get = new GetMessage(messages);

  @Test
  void reads_a_recorded_message_by_its_id() {
    Message message =
        Message.queued(
            new MessageId(UUID.randomUUID()),
            new E164Number("+12065550100"),
            new E164Number("+13125550111"),
            "hello",
            List.of(),
            null,
            "fp",
            Instant.parse("2026-03-01T10:00:00Z"));
    messages.add(message);

    assertThat(get.get(message.id())).isEqualTo(message);
  }

  @Test
  void an_id_not_recorded_is_message_not_found() {
    assertThatThrownBy(() -> get.get(new MessageId(UUID.randomUUID())))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("message-not-found"));
  }
}
