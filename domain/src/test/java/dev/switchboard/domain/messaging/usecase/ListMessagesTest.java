package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.TimeOrderedIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The record of messages read a page at a time, newest first, following the cursor to the end. */
class ListMessagesTest {

  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number ALICE = new E164Number("+12065550111");
  private static final E164Number BOB = new E164Number("+12065550122");
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final InMemoryMessages messages = new InMemoryMessages();
  private final ListMessages list = new ListMessages(messages);

  @Test
  void the_cursor_walks_a_conversation_newest_first_without_gaps_or_repeats() {
    List<Message> toAlice = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      toAlice.add(send(ALICE, T0.plusSeconds(i)));
      send(BOB, T0.plusSeconds(i));
    }

    List<Message> seen = new ArrayList<>();
    Optional<MessageId> cursor = Optional.empty();
    int pages = 0;
    do {
      Page<Message> page = list.list(conversationWith(ALICE, cursor, 2));
      seen.addAll(page.items());
      cursor = page.lastIfMore().map(Message::id);
      pages++;
    } while (cursor.isPresent());

    assertThat(pages).isEqualTo(3);
    Collections.reverse(toAlice);
    assertThat(seen).containsExactlyElementsOf(toAlice);
  }

  @Test
  void an_empty_record_lists_an_empty_last_page() {
    Page<Message> page = list.list(conversationWith(ALICE, Optional.empty(), 10));

    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }

  private Message send(E164Number to, Instant at) {
    MessageId id = new MessageId(new TimeOrderedIds(Clock.fixed(at, ZoneOffset.UTC)).newId());
    Message message = Message.queued(id, OURS, to, "hi", List.of(), null, "fp-" + id, at);
    messages.add(message);
    return message;
  }

  private static MessageQuery conversationWith(
      E164Number peer, Optional<MessageId> after, int limit) {
    return MessageQuery.newest(limit).involving(OURS).with(peer).after(after).build();
  }
}
