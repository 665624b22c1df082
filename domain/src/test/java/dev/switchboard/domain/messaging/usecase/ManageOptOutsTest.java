package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.event.OptOutAdded;
import dev.switchboard.domain.messaging.event.OptOutRemoved;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An API caller adds and removes opt-outs: each change recorded with who and why, and told. */
class ManageOptOutsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number PHONE = new E164Number("+12065550199");

  private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final ManageOptOuts manage =
      new ManageOptOuts(
          optOuts,
          outbox,
          new MessageEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void an_added_opt_out_records_its_caller_and_reason_and_is_told() {
    ManageOptOuts.Added added = manage.add(Optional.of(OURS), PHONE, "asked by phone", "crm");

    assertThat(added.created()).isTrue();
    OptOut o = added.optOut();
    assertThat(o.source()).isEqualTo(OptOutSource.API);
    assertThat(o.actor()).isEqualTo("crm");
    assertThat(o.reason()).isEqualTo("asked by phone");
    assertThat(o.at()).isEqualTo(NOW);
    assertThat(optOuts.isOptedOut(OURS, PHONE)).isTrue();
    assertThat(outbox.events())
        .singleElement()
        .isEqualTo(new OptOutAdded(outbox.events().get(0).id(), NOW, o));
  }

  @Test
  void adding_a_recorded_opt_out_again_answers_it_as_it_stands_and_tells_nothing() {
    OptOut first = manage.add(Optional.empty(), PHONE, "complaint", "crm").optOut();

    ManageOptOuts.Added again = manage.add(Optional.empty(), PHONE, "other", "ops");

    assertThat(again.created()).isFalse();
    assertThat(again.optOut()).isEqualTo(first);
    assertThat(outbox.types()).containsExactly(OptOutAdded.class);
  }

  @Test
  void a_removal_tells_who_removed_it_and_why_and_a_second_is_not_found() {
    OptOut o = manage.add(Optional.of(OURS), PHONE, null, "crm").optOut();

    manage.remove(o.id(), "consent given in store", "ops");

    assertThat(optOuts.isOptedOut(OURS, PHONE)).isFalse();
    OptOutRemoved removed = (OptOutRemoved) outbox.events().get(1);
    assertThat(removed.optOut()).isEqualTo(o);
    assertThat(removed.actor()).isEqualTo("ops");
    assertThat(removed.reason()).isEqualTo("consent given in store");
    assertThatThrownBy(() -> manage.remove(o.id(), null, "ops"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_number_cannot_opt_out_of_itself_and_a_reason_is_short() {
    assertThatThrownBy(() -> manage.add(Optional.of(OURS), OURS, null, "crm"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> manage.add(Optional.of(OURS), PHONE, "x".repeat(300), "crm"))
        .isInstanceOf(ValidationException.class);
    assertThat(outbox.events()).isEmpty();
  }
}
