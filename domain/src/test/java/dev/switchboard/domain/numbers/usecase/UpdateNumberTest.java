package dev.switchboard.domain.numbers.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.event.NumberUpdated;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberProvider;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A number's settings and own callbacks changed at the carrier, keeping what only we know. */
class UpdateNumberTest {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryNumberProvider carrier = new InMemoryNumberProvider(account);
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final UpdateNumber update =
      new UpdateNumber(
          carrier,
          numbers,
          outbox,
          new NumberEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

  private final E164Number number = new E164Number("+12065550100");

  @Test
  void renames_the_number_at_the_carrier_and_in_the_record_and_tells_of_it() {
    ours(true);

    ProviderResult result =
        update.update(number, new NumberUpdate(Optional.of("Sales"), null, null));

    assertThat(result.number().alias()).isEqualTo("Sales");
    assertThat(carrier.details(number).alias()).isEqualTo("Sales");
    assertThat(numbers.find(number)).contains(result.number());
    assertThat(outbox.types()).containsExactly(NumberUpdated.class);
  }

  @Test
  void keeps_our_callbacks_and_our_messaging_setting_which_the_carrier_does_not_report() {
    OwnedNumber before = ours(true).withCallbacks(Map.of(CallbackKind.SMS, "https://a.example/"));
    numbers.save(before);

    ProviderResult result =
        update.update(number, new NumberUpdate(Optional.of("Sales"), null, null));

    assertThat(result.number().callbacks()).containsEntry(CallbackKind.SMS, "https://a.example/");
    assertThat(result.number().messagingEnabled()).isTrue();
    assertThat(result.number().messagingSource()).isEqualTo(MessagingSource.REQUESTED);
  }

  @Test
  void a_messaging_change_is_recorded_as_requested() {
    ours(true);

    ProviderResult result = update.update(number, new NumberUpdate(null, null, Optional.of(false)));

    assertThat(numbers.find(number).orElseThrow().messagingEnabled()).isFalse();
    assertThat(result.number().messagingSource()).isEqualTo(MessagingSource.REQUESTED);
  }

  @Test
  void a_number_the_carrier_does_not_have_is_not_found_and_nothing_is_told() {
    assertThatThrownBy(
            () -> update.update(number, new NumberUpdate(Optional.of("Sales"), null, null)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThat(numbers.find(number)).isEmpty();
    assertThat(outbox.types()).isEmpty();
  }

  @Test
  void points_a_callback_at_a_url_at_the_carrier_and_in_the_record() {
    ours(false);

    OwnedNumber updated =
        update.setCallback(number, CallbackKind.SMS, Optional.of("https://hooks.example/sms"));

    assertThat(updated.callbacks()).containsEntry(CallbackKind.SMS, "https://hooks.example/sms");
    assertThat(carrier.callbackOf(number, CallbackKind.SMS)).contains("https://hooks.example/sms");
    assertThat(numbers.find(number)).contains(updated);
    assertThat(outbox.types()).containsExactly(NumberUpdated.class);
  }

  @Test
  void an_empty_url_clears_the_callback() {
    ours(false);
    update.setCallback(number, CallbackKind.SMS, Optional.of("https://hooks.example/sms"));

    OwnedNumber updated = update.setCallback(number, CallbackKind.SMS, Optional.empty());

    assertThat(updated.callbacks()).doesNotContainKey(CallbackKind.SMS);
    assertThat(carrier.callbackOf(number, CallbackKind.SMS)).isEmpty();
  }

  @Test
  void a_number_missing_from_the_record_is_taken_from_the_carrier() {
    carrier.purchase(number, false, false);
    carrier.change(number, n -> n.withRoutes(n.primaryRoute(), Optional.of(new RouteId("11"))));

    OwnedNumber updated =
        update.setCallback(number, CallbackKind.SMS, Optional.of("https://hooks.example/sms"));

    assertThat(updated.failoverRoute()).contains(new RouteId("11"));
    assertThat(numbers.find(number)).contains(updated);
  }

  @Test
  void refuses_a_callback_url_that_is_not_absolute_http_before_asking_the_carrier() {
    ours(false);

    for (String bad : new String[] {"ftp://hooks.example/", "/relative", "https://", "no spaces"}) {
      assertThatThrownBy(() -> update.setCallback(number, CallbackKind.SMS, Optional.of(bad)))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.code()).isEqualTo("invalid-callback-url"));
    }
    assertThat(carrier.callbackOf(number, CallbackKind.SMS)).isEmpty();
    assertThat(outbox.types()).isEmpty();
  }

  private OwnedNumber ours(boolean messaging) {
    OwnedNumber bought = carrier.purchase(number, false, messaging).number();
    numbers.save(bought);
    return bought;
  }
}
