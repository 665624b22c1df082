package dev.switchboard.persistence.messaging;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.BOB;
import static dev.switchboard.persistence.Fixtures.OTHER_OF_OURS;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.Test;

/** Recording, deduplicating, reading and listing messages against a real PostgreSQL. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheMessagesTest extends DatabaseTest {

  @Inject PanacheMessages messages;
  @Inject io.agroal.api.AgroalDataSource dataSource;
  @Inject EntityManager em;

  @Test
  void does_not_record_a_second_message_with_the_same_idempotency_key() {
    Message first = Fixtures.queued(OURS, ALICE, "key-1", T0);
    Message second = Fixtures.queued(OURS, BOB, "key-1", T0);

    boolean firstAdded = inTransaction(() -> messages.add(first));
    boolean secondAdded = inTransaction(() -> messages.add(second));

    assertThat(firstAdded).isTrue();
    assertThat(secondAdded).isFalse();
    assertThat(messages.byIdempotencyKey("key-1")).map(Message::id).contains(first.id());
    assertThat(messages.byId(second.id())).isEmpty();
    assertThat(all().items()).hasSize(1);
  }

  @Test
  void does_not_record_an_inbound_message_twice_for_the_same_flowroute_id() {
    Message first = Fixtures.received(ALICE, OURS, "mdr2-abc", T0);
    Message retry = Fixtures.received(ALICE, OURS, "mdr2-abc", T0.plusSeconds(5));

    assertThat(inTransaction(() -> messages.add(first))).isTrue();
    assertThat(inTransaction(() -> messages.add(retry))).isFalse();

    assertThat(messages.byFlowrouteId("mdr2-abc")).map(Message::id).contains(first.id());
    assertThat(all().items()).extracting(Message::id).containsExactly(first.id());
  }

  @Test
  void records_a_batch_at_once_and_leaves_out_the_messages_already_recorded() {
    Message earlier = Fixtures.received(ALICE, OURS, "mdr2-old", T0);
    inTransaction(() -> messages.add(earlier));
    Message fresh = Fixtures.received(ALICE, OURS, "mdr2-new", T0.plusSeconds(1));
    Message repeat = Fixtures.received(ALICE, OURS, "mdr2-old", T0.plusSeconds(2));
    Message twin = Fixtures.received(BOB, OURS, "mdr2-new", T0.plusSeconds(3));
    Message picture =
        new Message(
            Fixtures.nextId(),
            Direction.INBOUND,
            PhoneAddress.of(BOB),
            OTHER_OF_OURS,
            null,
            List.of(Fixtures.picture()),
            MessageStatus.RECEIVED,
            "mdr2-mms",
            null,
            null,
            0,
            null,
            null,
            null,
            T0.plusMillis(7),
            T0.plusMillis(8));

    Set<MessageId> added =
        inTransaction(() -> messages.addAll(List.of(fresh, repeat, twin, picture)));

    assertThat(added).containsExactlyInAnyOrder(fresh.id(), picture.id());
    assertThat(messages.byId(fresh.id())).contains(fresh);
    assertThat(messages.byId(picture.id())).contains(picture);
    assertThat(messages.byId(repeat.id())).isEmpty();
    assertThat(messages.byId(twin.id())).isEmpty();
    assertThat(inTransaction(() -> messages.addAll(List.of()))).isEmpty();
  }

  @Test
  void stores_each_texts_encoding_and_segments() throws Exception {
    Message gsm =
        Message.queued(Fixtures.nextId(), OURS, ALICE, "{".repeat(81), List.of(), null, "g", T0);
    Message ucs = Message.queued(Fixtures.nextId(), OURS, BOB, "✓", List.of(), null, "u", T0);
    inTransaction(() -> messages.addAll(List.of(gsm, ucs)));

    try (var connection = dataSource.getConnection();
        var query =
            connection.prepareStatement(
                "SELECT encoding, segments FROM messages WHERE id = ANY (?) ORDER BY to_number")) {
      query.setArray(
          1, connection.createArrayOf("uuid", new Object[] {gsm.id().value(), ucs.id().value()}));
      try (var rows = query.executeQuery()) {
        List<String> stored = new ArrayList<>();
        while (rows.next()) {
          stored.add(rows.getString(1) + "/" + rows.getInt(2));
        }
        // ALICE sorts before BOB: 162 septets of extension characters take two GSM-7 segments.
        assertThat(stored).containsExactly("GSM_7/2", "UCS_2/1");
      }
    }
  }

  @Test
  void reads_back_every_field_it_recorded_and_updated() {
    Message original =
        new Message(
            Fixtures.nextId(),
            Direction.OUTBOUND,
            PhoneAddress.of(OURS),
            ALICE,
            "a picture",
            List.of(Fixtures.picture(), Fixtures.picture()),
            MessageStatus.QUEUED,
            null,
            "key-rt",
            "fingerprint-rt",
            0,
            T0.plusSeconds(1),
            "timeout",
            "no answer in 10 s",
            T0,
            T0.plusMillis(3));
    inTransaction(() -> messages.add(original));
    assertThat(messages.byId(original.id())).contains(original);

    Message changed =
        new Message(
            original.id(),
            Direction.OUTBOUND,
            PhoneAddress.of(OURS),
            ALICE,
            "a picture",
            List.of(Fixtures.picture()),
            MessageStatus.SENT,
            "mdr2-rt",
            "key-rt",
            "fingerprint-rt",
            3,
            null,
            null,
            null,
            T0,
            T0.plusSeconds(9));
    inTransaction(
        () -> {
          messages.update(changed);
          return null;
        });

    assertThat(messages.byId(original.id())).contains(changed);
    assertThat(messages.byFlowrouteId("mdr2-rt")).contains(changed);
    assertThat(messages.byIdempotencyKey("key-rt")).contains(changed);
    assertThat(messages.byFlowrouteId("mdr2-unknown")).isEmpty();
  }

  @Test
  void lists_newest_first_the_messages_from_or_to_a_number() {
    Message a = add(Fixtures.queued(OURS, ALICE, "a", T0));
    Message b = add(Fixtures.received(BOB, OURS, "mdr2-b", T0));
    add(Fixtures.queued(OTHER_OF_OURS, BOB, "c", T0));

    Page<Message> page = messages.list(MessageQuery.newest(50).involving(OURS).build());

    assertThat(page.items()).extracting(Message::id).containsExactly(b.id(), a.id());
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void lists_only_the_conversation_between_two_numbers_in_both_directions() {
    Message out = add(Fixtures.queued(OURS, ALICE, "out", T0));
    Message in = add(Fixtures.received(ALICE, OURS, "mdr2-in", T0));
    add(Fixtures.queued(OURS, BOB, "bob", T0));
    add(Fixtures.queued(OTHER_OF_OURS, ALICE, "other", T0));

    Page<Message> page = messages.list(MessageQuery.newest(50).involving(OURS).with(ALICE).build());

    assertThat(page.items()).extracting(Message::id).containsExactly(in.id(), out.id());
  }

  @Test
  void filters_a_listing_by_direction_and_by_status() {
    Message out = add(Fixtures.queued(OURS, ALICE, "out", T0));
    Message in = add(Fixtures.received(ALICE, OURS, "mdr2-in", T0));

    assertThat(messages.list(MessageQuery.newest(50).direction(Direction.INBOUND).build()).items())
        .extracting(Message::id)
        .containsExactly(in.id());
    assertThat(messages.list(MessageQuery.newest(50).status(MessageStatus.QUEUED).build()).items())
        .extracting(Message::id)
        .containsExactly(out.id());
  }

  @Test
  void filters_a_listing_by_a_window_of_creation_times_including_since_excluding_until() {
    add(Fixtures.queued(OURS, ALICE, "early", T0));
    Message atSince = add(Fixtures.queued(OURS, ALICE, "since", T0.plusSeconds(10)));
    Message inside = add(Fixtures.queued(OURS, ALICE, "inside", T0.plusSeconds(15)));
    add(Fixtures.queued(OURS, ALICE, "until", T0.plusSeconds(20)));

    Page<Message> page =
        messages.list(
            MessageQuery.newest(50).since(T0.plusSeconds(10)).until(T0.plusSeconds(20)).build());

    assertThat(page.items()).extracting(Message::id).containsExactly(inside.id(), atSince.id());
  }

  @Test
  void pages_through_a_listing_without_gaps_or_repeats() {
    List<MessageId> added = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      added.add(add(Fixtures.queued(OURS, ALICE, "page-" + i, T0)).id());
    }
    add(Fixtures.queued(OTHER_OF_OURS, BOB, "elsewhere", T0));

    List<MessageId> seen = new ArrayList<>();
    List<Boolean> more = new ArrayList<>();
    Optional<MessageId> after = Optional.empty();
    do {
      Page<Message> page =
          messages.list(MessageQuery.newest(3).involving(OURS).after(after).build());
      page.items().forEach(m -> seen.add(m.id()));
      more.add(page.hasMore());
      after =
          page.hasMore()
              ? Optional.of(page.items().get(page.items().size() - 1).id())
              : Optional.empty();
    } while (after.isPresent());

    Collections.reverse(added);
    assertThat(seen).containsExactlyElementsOf(added);
    assertThat(more).containsExactly(true, true, false);
  }

  @Test
  void lists_a_message_from_a_number_to_itself_once() {
    Message older = add(Fixtures.queued(OURS, ALICE, "older", T0));
    Message self = add(Fixtures.queued(OURS, OURS, "self", T0));
    Message newer = add(Fixtures.received(BOB, OURS, "mdr2-newer", T0));

    assertThat(messages.list(MessageQuery.newest(50).involving(OURS).build()).items())
        .extracting(Message::id)
        .containsExactly(newer.id(), self.id(), older.id());
    assertThat(messages.list(MessageQuery.newest(50).involving(OURS).with(OURS).build()).items())
        .extracting(Message::id)
        .containsExactly(self.id());
  }

  @Test
  void counts_a_message_to_oneself_once_when_telling_whether_more_follow() {
    List<MessageId> added = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      added.add(add(Fixtures.queued(OURS, OURS, "self-" + i, T0)).id());
    }
    Collections.reverse(added);

    Page<Message> first = messages.list(MessageQuery.newest(2).involving(OURS).build());
    Page<Message> last =
        messages.list(
            MessageQuery.newest(2).involving(OURS).after(first.items().get(1).id()).build());

    assertThat(first.items())
        .extracting(Message::id)
        .containsExactlyElementsOf(added.subList(0, 2));
    assertThat(first.hasMore()).isTrue();
    assertThat(last.items()).extracting(Message::id).containsExactly(added.get(2));
    assertThat(last.hasMore()).isFalse();
  }

  @Test
  void pages_through_a_conversation_in_both_directions_without_gaps_or_repeats() {
    List<MessageId> added = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // Runs of each direction, so a page mixes the two halves unevenly.
      added.add(
          add(i % 3 == 0
                  ? Fixtures.received(ALICE, OURS, "mdr2-c" + i, T0)
                  : Fixtures.queued(OURS, ALICE, "c" + i, T0))
              .id());
      add(Fixtures.queued(OURS, BOB, "not-alice-" + i, T0));
    }
    Collections.reverse(added);

    assertThat(pageThrough(ALICE, 3)).containsExactlyElementsOf(added);
  }

  @Test
  void combines_a_number_with_direction_status_window_and_cursor() {
    Instant since = T0.plusSeconds(100);
    Instant until = T0.plusSeconds(200);
    add(Fixtures.received(ALICE, OURS, "mdr2-before", since.minusMillis(1)));
    Message first = add(Fixtures.received(ALICE, OURS, "mdr2-first", since));
    Message outbound = add(Fixtures.queued(OURS, ALICE, "outbound-inside", since.plusSeconds(1)));
    add(Fixtures.received(ALICE, OTHER_OF_OURS, "mdr2-other-number", since.plusSeconds(2)));
    Message second = add(Fixtures.received(BOB, OURS, "mdr2-second", since.plusSeconds(3)));
    Message third = add(Fixtures.received(OURS, OURS, "mdr2-self", since.plusSeconds(4)));
    add(Fixtures.received(ALICE, OURS, "mdr2-at-until", until));

    MessageQuery.Builder received =
        MessageQuery.newest(2)
            .involving(OURS)
            .direction(Direction.INBOUND)
            .status(MessageStatus.RECEIVED)
            .since(since)
            .until(until);
    Page<Message> page = messages.list(received.build());
    Page<Message> next = messages.list(received.after(page.items().get(1).id()).build());

    assertThat(page.items()).extracting(Message::id).containsExactly(third.id(), second.id());
    assertThat(page.hasMore()).isTrue();
    assertThat(next.items()).extracting(Message::id).containsExactly(first.id());
    assertThat(next.hasMore()).isFalse();
    assertThat(
            messages
                .list(
                    MessageQuery.newest(50)
                        .involving(OURS)
                        .direction(Direction.OUTBOUND)
                        .since(since)
                        .until(until)
                        .build())
                .items())
        .extracting(Message::id)
        .containsExactly(outbound.id());
  }

  @Test
  void combines_a_conversation_with_direction_window_and_cursor() {
    Instant since = T0.plusSeconds(100);
    Instant until = T0.plusSeconds(200);
    add(Fixtures.received(ALICE, OURS, "mdr2-before", since.minusMillis(1)));
    Message first = add(Fixtures.received(ALICE, OURS, "mdr2-first", since));
    add(Fixtures.queued(OURS, ALICE, "outbound-inside", since.plusSeconds(1)));
    add(Fixtures.received(BOB, OURS, "mdr2-bob", since.plusSeconds(2)));
    add(Fixtures.received(ALICE, OTHER_OF_OURS, "mdr2-other-number", since.plusSeconds(3)));
    Message second = add(Fixtures.received(ALICE, OURS, "mdr2-second", since.plusSeconds(4)));
    Message third = add(Fixtures.received(ALICE, OURS, "mdr2-third", since.plusSeconds(5)));
    add(Fixtures.received(ALICE, OURS, "mdr2-at-until", until));

    List<MessageId> seen = new ArrayList<>();
    Optional<MessageId> after = Optional.empty();
    do {
      Page<Message> page =
          messages.list(
              MessageQuery.newest(2)
                  .involving(OURS)
                  .with(ALICE)
                  .direction(Direction.INBOUND)
                  .since(since)
                  .until(until)
                  .after(after)
                  .build());
      page.items().forEach(m -> seen.add(m.id()));
      after =
          page.hasMore()
              ? Optional.of(page.items().get(page.items().size() - 1).id())
              : Optional.empty();
    } while (after.isPresent());

    assertThat(seen).containsExactly(third.id(), second.id(), first.id());
  }

  @Test
  void finds_an_inbound_message_by_its_flowroute_time_not_by_when_it_was_stored() {
    Instant sentByFlowroute = T0.minus(java.time.Duration.ofDays(1));
    Message late = add(Fixtures.received(ALICE, OURS, "mdr2-late", sentByFlowroute));
    add(Fixtures.queued(OURS, ALICE, "now", T0));

    Page<Message> page =
        messages.list(
            MessageQuery.newest(50)
                .direction(Direction.INBOUND)
                .since(sentByFlowroute)
                .until(sentByFlowroute.plusSeconds(1))
                .build());

    assertThat(page.items()).extracting(Message::id).containsExactly(late.id());
  }

  private List<MessageId> pageThrough(E164Number peer, int limit) {
    List<MessageId> seen = new ArrayList<>();
    Optional<MessageId> after = Optional.empty();
    do {
      Page<Message> page =
          messages.list(MessageQuery.newest(limit).involving(OURS).with(peer).after(after).build());
      page.items().forEach(m -> seen.add(m.id()));
      after =
          page.hasMore()
              ? Optional.of(page.items().get(page.items().size() - 1).id())
              : Optional.empty();
    } while (after.isPresent());
    return seen;
  }

  @Test
  void reading_a_batchs_idempotency_keys_again_and_again_keeps_the_query_plans_it_has() {
    QueryInterpretationCache plans =
        em.getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getQueryEngine()
            .getInterpretationCache();
    List<String> sizes = new ArrayList<>();
    for (int size = 1; size <= 5; size++) {
      sizes.add("warm-" + size);
      List<String> keys = List.copyOf(sizes);
      inTransaction(() -> messages.byIdempotencyKeys(keys));
    }
    int before = plans.getNumberOfCachedQueryPlans();

    for (int i = 0; i < 50; i++) {
      List<String> keys = new ArrayList<>();
      for (int k = 0; k <= i % 5; k++) {
        keys.add("key-" + i + "-" + k);
      }
      inTransaction(() -> messages.byIdempotencyKeys(keys));
    }

    // Every batch of sends reads its keys: a plan per read would fill the cache for good.
    assertThat(plans.getNumberOfCachedQueryPlans()).isEqualTo(before);
  }

  private Message add(Message message) {
    assertThat(inTransaction(() -> messages.add(message))).isTrue();
    return message;
  }

  private Page<Message> all() {
    return messages.list(MessageQuery.newest(MessageQuery.MAX_LIMIT).build());
  }
}
