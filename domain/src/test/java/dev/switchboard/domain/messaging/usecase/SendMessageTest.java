package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.MediaUrls;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.Senders;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.messaging.port.out.SendChecks;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SendMessageTest {

  private static final String OURS = "+12065550100";
  private static final String PHONE = "+12065550199";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T09:05:00Z"), ZoneOffset.UTC);

  /** Work runs as it is: the in-memory stores need no transaction. */
  private static final UnitOfWork DIRECT =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };

  private final InMemoryMessages messages = new InMemoryMessages();
  private final InMemoryNumberInventory numbers = ourNumbers();
  private final List<DomainEvent> outbox = new ArrayList<>();
  private final SendMessage sendMessage = sendMessage(true);

  private SendMessage sendMessage(boolean mmsAvailable) {
    return new SendMessage(
        messages,
        new SeparateSendChecks(messages, new Senders(numbers), new InMemoryOptOuts()),
        outbox::add,
        new MessageEvents(UUID::randomUUID),
        DIRECT,
        UUID::randomUUID,
        CLOCK,
        new SendMessage.Settings(SendMessage.DEFAULT_KEY_TTL, mmsAvailable));
  }

  private SendMessage.Result send(String body, List<String> mediaUrls, String key) {
    return sendMessage.send(new SendMessage.Command(OURS, PHONE, body, mediaUrls, key));
  }

  private static void assertRefused(Runnable send, String code) {
    assertThatThrownBy(send::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void a_carrier_that_sends_text_only_refuses_media_at_acceptance_and_still_takes_sms() {
    SendMessage textOnly = sendMessage(false);

    assertThatThrownBy(
            () ->
                textOnly.send(
                    new SendMessage.Command(
                        OURS, PHONE, "look", List.of("https://media.example/a.png"), null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("mms-not-available");
              assertThat(e.getMessage()).contains("SMS only");
            });
    assertThat(outbox).isEmpty();
    assertThat(textOnly.send(new SendMessage.Command(OURS, PHONE, "plain", List.of(), null)))
        .satisfies(result -> assertThat(result.message().isMms()).isFalse());
  }

  @Test
  void queues_an_mms_with_its_media_in_order_and_its_text() {
    Message queued =
        send("look", List.of("https://media.example/a.png", "http://media.example/b.gif"), null)
            .message();

    assertThat(queued.isMms()).isTrue();
    assertThat(queued.body()).isEqualTo("look");
    assertThat(queued.media())
        .extracting(Media::url)
        .containsExactly(
            URI.create("https://media.example/a.png"), URI.create("http://media.example/b.gif"));
    assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(messages.byId(queued.id())).contains(queued);
    assertThat(outbox).hasSize(1);
  }

  @Test
  void an_mms_needs_no_text_and_a_blank_text_is_no_text() {
    assertThat(send(null, List.of("https://media.example/a.png"), null).message().body()).isNull();
    assertThat(send("  ", List.of("https://media.example/b.png"), null).message().body()).isNull();
  }

  @Test
  void an_empty_media_list_is_an_sms_and_still_needs_a_body() {
    assertRefused(() -> send(null, List.of(), null), "missing-body");
    assertThat(send("hi", List.of(), null).message().isMms()).isFalse();
  }

  @Test
  void accepts_ten_media_and_rejects_an_mms_with_more_than_ten_media() {
    List<String> ten = Collections.nCopies(10, "https://media.example/a.png");
    assertThat(send(null, ten, null).message().media()).hasSize(10);

    List<String> eleven = Collections.nCopies(11, "https://media.example/a.png");
    assertRefused(() -> send(null, eleven, null), "too-many-media");
  }

  @Test
  void rejects_media_urls_that_are_not_absolute_http_urls() {
    for (String bad :
        Arrays.asList(
            "ftp://media.example/a.png",
            "/relative/a.png",
            "media.example/a.png",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "https:///no-host.png",
            "https://media.example/a b.png",
            "",
            " ",
            null)) {
      assertRefused(
          () -> send("x", Arrays.asList("https://media.example/ok.png", bad), null),
          "invalid-media-url");
    }
  }

  @Test
  void rejects_a_media_url_longer_than_two_thousand_characters() {
    String base = "https://media.example/";
    String longest = base + "a".repeat(MediaUrls.MAX_URL_LENGTH - base.length());
    assertThat(send(null, List.of(longest), null).message().media()).hasSize(1);

    assertRefused(() -> send(null, List.of(longest + "a"), null), "invalid-media-url");
  }

  @Test
  void rejects_an_mms_text_longer_than_flowroute_takes() {
    assertRefused(
        () -> send("a".repeat(1601), List.of("https://media.example/a.png"), null),
        "body-too-long");
    assertThat(
            send("a".repeat(1600), List.of("https://media.example/a.png"), null).message().body())
        .hasSize(1600);
  }

  @Test
  void the_same_key_with_the_same_media_replays_the_mms() {
    String key = UUID.randomUUID().toString();
    Message first = send("hi", List.of("https://media.example/a.png"), key).message();

    SendMessage.Result again = send("hi", List.of("https://media.example/a.png"), key);

    assertThat(again.replayed()).isTrue();
    assertThat(again.message().id()).isEqualTo(first.id());
  }

  @Test
  void the_same_key_with_other_media_is_a_conflict() {
    String key = UUID.randomUUID().toString();
    send("hi", List.of("https://media.example/a.png"), key);

    assertThatThrownBy(() -> send("hi", List.of("https://media.example/b.png"), key))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency-key-reused"));
    assertThatThrownBy(() -> send("hi", null, key)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                send(
                    "hi",
                    List.of("https://media.example/a.png", "https://media.example/a.png"),
                    key))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void the_fingerprint_of_an_sms_is_unchanged_by_mms_support() {
    E164Number from = E164Number.parse(OURS);
    E164Number to = E164Number.parse(PHONE);
    // SHA-256 of "+12065550100\n+12065550199\nhello": the form stored before MMS existed.
    assertThat(SendMessage.fingerprint(from, to, "hello", MediaUrls.NONE))
        .isEqualTo("20da7af32568ef4f56095ad5adf67f998a1d87826c48a10645062040be0193a5");
  }

  @Test
  void a_text_cannot_pass_for_media_in_the_fingerprint() {
    E164Number from = E164Number.parse(OURS);
    E164Number to = E164Number.parse(PHONE);
    String mms =
        SendMessage.fingerprint(
            from, to, "a", MediaUrls.parse(List.of("https://media.example/a.png")));
    String sms =
        SendMessage.fingerprint(from, to, "a\nhttps://media.example/a.png", MediaUrls.NONE);
    String otherSplit =
        SendMessage.fingerprint(
            from, to, null, MediaUrls.parse(List.of("https://media.example/a.png")));

    assertThat(mms).isNotEqualTo(sms).isNotEqualTo(otherSplit);
  }

  /** Our long code, and the numbers the sender tests need. */
  private static InMemoryNumberInventory ourNumbers() {
    InMemoryNumberInventory inventory = new InMemoryNumberInventory();
    inventory.save(number(OURS, NumberType.LOCAL, true, MessagingSource.REQUESTED));
    inventory.save(number(TOLL_FREE, NumberType.TOLL_FREE, true, MessagingSource.REPORTED));
    inventory.save(number(DISABLED, NumberType.LOCAL, false, MessagingSource.REQUESTED));
    inventory.save(number(UNKNOWN, NumberType.LOCAL, false, MessagingSource.UNKNOWN));
    return inventory;
  }

  private static OwnedNumber number(
      String value, NumberType type, boolean messaging, MessagingSource source) {
    return new OwnedNumber(
        E164Number.parse(value),
        type,
        null,
        false,
        messaging,
        source,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static final String TOLL_FREE = "+18885550100";
  private static final String DISABLED = "+12065550103";
  private static final String UNKNOWN = "+12065550104";

  private SendMessage.Result sendFrom(String from) {
    return sendMessage.send(new SendMessage.Command(from, PHONE, "hi", List.of(), null));
  }

  @Test
  void sends_from_our_long_codes_and_toll_free_numbers() {
    assertThat(sendFrom(OURS).message().status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(sendFrom(TOLL_FREE).message().status()).isEqualTo(MessageStatus.QUEUED);
  }

  @Test
  void refuses_a_sender_that_is_not_one_of_our_numbers() {
    assertRefused(() -> sendFrom("+12065550177"), "sender-not-ours");
    assertThat(outbox).isEmpty();
  }

  @Test
  void refuses_a_sender_known_to_have_messaging_off() {
    assertRefused(() -> sendFrom(DISABLED), "sender-messaging-disabled");
  }

  @Test
  void lets_a_number_whose_messaging_setting_was_never_learned_send() {
    assertThat(sendFrom(UNKNOWN).message().status()).isEqualTo(MessageStatus.QUEUED);
  }

  @Test
  void a_refused_sender_does_not_refuse_the_others_of_its_batch() {
    List<SendMessage.Outcome> outcomes =
        sendMessage.sendAll(
            List.of(
                sendMessage.prepare(new SendMessage.Command(OURS, PHONE, "a", null, null)),
                sendMessage.prepare(
                    new SendMessage.Command("+12065550177", PHONE, "b", null, null))));
    assertThat(outcomes.get(0).result().message().body()).isEqualTo("a");
    assertThat(outcomes.get(1).refusal())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("sender-not-ours"));
  }

  @Test
  void a_batch_reads_its_keys_senders_and_opt_outs_once_however_many_sends_it_holds() {
    InMemoryOptOuts optOuts = new InMemoryOptOuts();
    optOuts.add(
        new OptOut(
            UUID.randomUUID(),
            Optional.of(new E164Number(OURS)),
            new E164Number("+12065550188"),
            OptOutSource.KEYWORD,
            null,
            "STOP",
            Instant.parse("2026-11-27T09:00:00Z")));
    SendChecks separate = new SeparateSendChecks(messages, new Senders(numbers), optOuts);
    List<SendChecks.Asked> reads = new ArrayList<>();
    SendMessage counted =
        new SendMessage(
            messages,
            asked -> {
              reads.add(asked);
              return separate.read(asked);
            },
            outbox::add,
            new MessageEvents(UUID::randomUUID),
            DIRECT,
            UUID::randomUUID,
            CLOCK,
            SendMessage.Settings.defaults());

    List<SendMessage.Prepared> batch =
        List.of(
            counted.prepare(new SendMessage.Command(OURS, PHONE, "a", null, "k-a")),
            counted.prepare(new SendMessage.Command(TOLL_FREE, PHONE, "b", null, "k-b")),
            counted.prepare(new SendMessage.Command(OURS, "+12065550188", "c", null, null)));
    List<SendMessage.Outcome> outcomes = counted.sendAll(batch);

    assertThat(reads).hasSize(1);
    assertThat(reads.get(0).keys())
        .containsExactlyInAnyOrder(batch.get(0).key(), batch.get(1).key());
    assertThat(reads.get(0).senders())
        .containsExactlyInAnyOrder(new E164Number(OURS), new E164Number(TOLL_FREE));
    assertThat(outcomes.get(0).result().message().body()).isEqualTo("a");
    assertThat(outcomes.get(1).result().message().body()).isEqualTo("b");
    assertThat(outcomes.get(2).refusal())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("recipient-opted-out"));
  }
}
