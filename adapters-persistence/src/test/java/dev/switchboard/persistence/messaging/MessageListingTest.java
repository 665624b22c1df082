package dev.switchboard.persistence.messaging;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.BOB;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Time windows listed every way the listing can plan them (a narrow window sorted, a wide one
 * walked in id order or sorted whole) against a real PostgreSQL: the same rows, newest id first.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class MessageListingTest {

  @Inject PanacheMessages messages;
  @Inject EntityManager em;
  @Inject AgroalDataSource dataSource;

  private final List<Message> inWindow = new ArrayList<>();
  private Instant since;
  private Instant until;

  @BeforeEach
  void record_inbound_messages_whose_flowroute_times_run_against_their_ids() {
    Fixtures.emptyDatabase(dataSource);
    since = T0.plusSeconds(100);
    until = T0.plusSeconds(200);
    // Received in id order, but Flowroute's times (created_at) zigzag: the newest id in the window
    // has the oldest time in it, so neither order can stand in for the other.
    int[] offsets = {150, 199, 100, 160, 120, 180, 110};
    for (int i = 0; i < offsets.length; i++) {
      inWindow.add(add(Fixtures.received(ALICE, OURS, "in-" + i, T0.plusSeconds(offsets[i]))));
      add(Fixtures.received(BOB, OURS, "before-" + i, since.minusMillis(1 + i)));
      add(Fixtures.received(BOB, OURS, "at-until-" + i, until.plusSeconds(i)));
      add(Fixtures.queued(OURS, ALICE, "outbound-" + i, T0.plusSeconds(offsets[i])));
    }
    inWindow.add(add(Fixtures.received(ALICE, OURS, "newest-oldest", since)));
    inWindow.sort(Comparator.comparing((Message m) -> m.id().value()).reversed());
  }

  @Test
  void lists_a_narrow_window_newest_id_first_across_pages() {
    assertThat(pageThrough(1_000, 3)).containsExactlyElementsOf(ids(inWindow));
  }

  @Test
  void lists_a_wide_window_near_the_newest_rows_by_walking_them_in_id_order() {
    // 8 rows in the window, more than 7; 7 rows from until on, not more than 7.
    assertThat(pageThrough(7, 3)).containsExactlyElementsOf(ids(inWindow));
  }

  @Test
  void lists_a_wide_window_far_from_the_newest_rows_by_sorting_all_of_it() {
    assertThat(pageThrough(2, 3)).containsExactlyElementsOf(ids(inWindow));
  }

  @Test
  void lists_a_window_exactly_as_wide_as_the_sorted_bound_by_sorting_it() {
    assertThat(pageThrough(inWindow.size(), 50)).containsExactlyElementsOf(ids(inWindow));
  }

  @Test
  void pages_a_window_through_the_repository_with_a_cursor() {
    List<UUID> seen = new ArrayList<>();
    Optional<MessageId> after = Optional.empty();
    do {
      var page = messages.list(window(after, 2));
      page.items().forEach(m -> seen.add(m.id().value()));
      after = page.hasMore() ? Optional.of(page.items().get(1).id()) : Optional.empty();
    } while (after.isPresent());

    assertThat(seen).containsExactlyElementsOf(ids(inWindow));
  }

  @Test
  void lists_an_open_ended_window_without_a_direction() {
    MessageQuery sinceOnly = MessageQuery.newest(50).since(until.plusSeconds(5)).build();

    List<UUID> sorted = listed(MessageListing.of(sinceOnly, 1_000));
    List<UUID> walked = listed(MessageListing.of(sinceOnly, 1));

    assertThat(sorted).hasSize(2).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(walked).isEqualTo(sorted);
  }

  @Test
  void searches_a_window_by_text_ignoring_case_with_either_plan() {
    Message upper = add(text("Your CODE is 1", since));
    add(text("no match", since.plusSeconds(1)));
    Message lower = add(text("your code: 2", since.plusSeconds(2)));
    add(text("your code, too late", until));
    List<UUID> expected = List.of(lower.id().value(), upper.id().value());

    assertThat(pageThrough(1_000, 1, after -> search(1).containing("code").after(after).build()))
        .containsExactlyElementsOf(expected);
    assertThat(pageThrough(1, 1, after -> search(1).containing("Code").after(after).build()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void searches_a_window_by_a_peer_alone_in_both_directions() {
    List<UUID> seen = pageThrough(1_000, 4, after -> search(4).with(ALICE).after(after).build());

    // Every message of the window from or to ALICE: the received ones and those we queued to her.
    assertThat(seen).hasSize(inWindow.size() + 7).containsAll(ids(inWindow));
    assertThat(seen).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(
            pageThrough(
                1_000,
                50,
                after -> search(50).with(ALICE).containing("HELLO").after(after).build()))
        .hasSize(7);
  }

  private static Message text(String body, Instant at) {
    return Message.queued(Fixtures.nextId(), OURS, BOB, body, List.of(), null, "fp", at);
  }

  /** A search must have a window: the one the messages were recorded in. */
  private MessageQuery.Builder search(int limit) {
    return MessageQuery.newest(limit).since(since).until(until);
  }

  private List<UUID> pageThrough(int narrowWindow, int limit) {
    return pageThrough(narrowWindow, limit, after -> window(after, limit));
  }

  private List<UUID> pageThrough(
      int narrowWindow, int limit, Function<Optional<MessageId>, MessageQuery> query) {
    List<UUID> seen = new ArrayList<>();
    Optional<MessageId> after = Optional.empty();
    do {
      List<UUID> rows = listed(MessageListing.of(query.apply(after), narrowWindow));
      seen.addAll(rows.subList(0, Math.min(rows.size(), limit)));
      after =
          rows.size() > limit ? Optional.of(new MessageId(rows.get(limit - 1))) : Optional.empty();
    } while (after.isPresent());
    return seen;
  }

  private List<UUID> listed(MessageListing listing) {
    return QuarkusTransaction.requiringNew()
        .call(() -> listing.run(em).stream().map(row -> row.id).toList());
  }

  private MessageQuery window(Optional<MessageId> after, int limit) {
    return MessageQuery.newest(limit)
        .direction(Direction.INBOUND)
        .since(since)
        .until(until)
        .after(after)
        .build();
  }

  private Message add(Message message) {
    assertThat(QuarkusTransaction.requiringNew().call(() -> messages.add(message))).isTrue();
    return message;
  }

  private static List<UUID> ids(List<Message> list) {
    return list.stream().map(m -> m.id().value()).toList();
  }
}
