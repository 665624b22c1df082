package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.CarrierException.Kind;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierContract;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any carrier behind the {@link MessageGateway} port must do for the dispatcher: take a text
 * and name it, find what it took when the answer was lost, say when our credentials are refused,
 * and never turn a picture into a bare text. Run against each Flowroute Messages version the
 * platform speaks (v2.1 and the legacy v2) over the emulator, so the dispatcher's tests stand on
 * both.
 */
public abstract class MessageGatewayContract extends CarrierContract {

  private static final E164Number PHONE = E164Number.parse("+12065551234");

  /** The gateway under test. */
  protected abstract MessageGateway gateway();

  /** A number on the account that can send messages. */
  protected abstract E164Number messagingNumber();

  /** How the carrier's ids of accepted messages begin (e.g. {@code mdr2-}). */
  protected abstract String idPrefix();

  /** Makes the carrier refuse our credentials (or accept them again). */
  protected abstract void credentialsRefused(boolean refused);

  @Test
  void sends_a_text_and_returns_the_carriers_id() {
    String id = gateway().send(text(messagingNumber(), "hello " + UUID.randomUUID()));

    assertThat(id).startsWith(idPrefix()).hasSizeGreaterThan(idPrefix().length());
  }

  @Test
  void finds_every_accepted_send_of_a_text_and_nothing_for_another() {
    String body = "find me " + UUID.randomUUID();
    Instant before = Instant.now().minusSeconds(5);
    String first = gateway().send(text(messagingNumber(), body));
    String second = gateway().send(text(messagingNumber(), body));

    MessageGateway.Lookup found =
        gateway().findAccepted(text(messagingNumber(), body), before, Instant.now());
    MessageGateway.Lookup other =
        gateway().findAccepted(text(messagingNumber(), body + " not sent"), before, Instant.now());

    assertThat(found.candidates()).containsExactlyInAnyOrder(first, second);
    assertThat(found.complete()).isTrue();
    assertThat(other.candidates()).isEmpty();
    assertThat(other.complete()).isTrue();
  }

  @Test
  void a_sender_not_on_the_account_is_refused_for_good() {
    Message foreign = text(E164Number.parse("+12065559999"), "not ours");

    assertThatThrownBy(() -> gateway().send(foreign))
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PERMANENT));
  }

  @Test
  void an_unreachable_carrier_is_no_refusal_of_the_message() {
    carrierDown(true);

    assertThatThrownBy(() -> gateway().send(text(messagingNumber(), "while down")))
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.kind()).isIn(Kind.TRANSIENT, Kind.UNCERTAIN));
  }

  @Test
  void the_probe_passes_and_refused_credentials_pause_rather_than_fail() {
    gateway().probe();
    credentialsRefused(true);
    try {
      assertThatThrownBy(() -> gateway().probe())
          .isInstanceOfSatisfying(
              CarrierException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
      assertThatThrownBy(() -> gateway().send(text(messagingNumber(), "refused")))
          .isInstanceOfSatisfying(
              CarrierException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
    } finally {
      credentialsRefused(false);
    }
  }

  /**
   * A carrier that sends MMS sends one as an MMS; one that cannot refuses it for good, and nothing
   * with its text is sent.
   */
  @Test
  void a_picture_goes_as_an_mms_or_not_at_all() {
    String caption = "picture " + UUID.randomUUID();
    Message mms = picture(messagingNumber(), caption);
    Instant before = Instant.now().minusSeconds(5);

    if (gateway().sendsMms()) {
      String id = gateway().send(mms);
      assertThat(gateway().findAccepted(mms, before, Instant.now()).candidates()).contains(id);
    } else {
      assertThatThrownBy(() -> gateway().send(mms))
          .isInstanceOfSatisfying(
              CarrierException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PERMANENT));
    }
    assertThat(
            gateway()
                .findAccepted(text(messagingNumber(), caption), before, Instant.now())
                .candidates())
        .as("no bare text was sent for the picture")
        .isEmpty();
  }

  private static Message text(E164Number from, String body) {
    return message(from, body, List.of());
  }

  private static Message picture(E164Number from, String caption) {
    return message(
        from, caption, List.of(Media.of(URI.create("https://media.example/picture.png"))));
  }

  private static Message message(E164Number from, String body, List<Media> media) {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        from,
        PHONE,
        body,
        media,
        null,
        "fingerprint",
        Instant.now());
  }
}
