package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageQueryTest {

  private static final E164Number OURS = E164Number.parse("+12065550100");
  private static final E164Number ALICE = E164Number.parse("+12065550111");
  private static final Instant SINCE = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant UNTIL = SINCE.plusSeconds(3_600);
  private static final MessageId LAST = new MessageId(new UUID(0x0190000000007000L, 1));

  @Test
  void the_builder_gives_the_record_the_canonical_constructor_gives() {
    MessageQuery built =
        MessageQuery.newest(20)
            .involving(OURS)
            .with(ALICE)
            .direction(Direction.INBOUND)
            .status(MessageStatus.RECEIVED)
            .since(SINCE)
            .until(UNTIL)
            .after(LAST)
            .foreign(false)
            .containing("code")
            .build();

    assertThat(built)
        .isEqualTo(
            new MessageQuery(
                Optional.of(OURS),
                Optional.of(ALICE),
                Optional.of(Direction.INBOUND),
                Optional.of(MessageStatus.RECEIVED),
                Optional.of(SINCE),
                Optional.of(UNTIL),
                Optional.of(LAST),
                20,
                Optional.of(false),
                Optional.of("code")));
  }

  @Test
  void a_builder_told_nothing_but_a_limit_leaves_every_filter_empty() {
    assertThat(MessageQuery.newest(5).build())
        .isEqualTo(
            new MessageQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                5,
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void a_cursor_given_as_an_optional_builds_the_query_given_plainly_or_without_one() {
    assertThat(MessageQuery.newest(5).involving(OURS).after(Optional.empty()).build())
        .isEqualTo(MessageQuery.newest(5).involving(OURS).build());
    assertThat(MessageQuery.newest(5).involving(OURS).after(Optional.of(LAST)).build())
        .isEqualTo(MessageQuery.newest(5).involving(OURS).after(LAST).build());
  }

  @Test
  void building_a_text_search_without_a_window_is_refused_as_an_invalid_filter() {
    assertThatThrownBy(() -> MessageQuery.newest(10).containing("code").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problem()).isEqualTo(ProblemType.INVALID_FILTER));
  }

  @Test
  void building_a_query_over_more_than_the_largest_page_is_refused_as_an_invalid_limit() {
    assertThatThrownBy(() -> MessageQuery.newest(MessageQuery.MAX_LIMIT + 1).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problem()).isEqualTo(ProblemType.INVALID_LIMIT));
  }
}
