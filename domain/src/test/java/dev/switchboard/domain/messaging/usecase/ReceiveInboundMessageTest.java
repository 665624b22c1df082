package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.messaging.KeywordSettings;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.event.MessageReceived;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.messaging.event.OptOutAdded;
import dev.switchboard.domain.messaging.event.OptOutRemoved;
import dev.switchboard.domain.messaging.media.ArchiveState;
import dev.switchboard.domain.messaging.port.out.InMemoryMediaArchive;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.messaging.port.out.InMemoryNumberKeywords;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.messaging.port.out.NumberKeywords;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A text a phone sent us, recorded and told once per Flowroute id; STOP and START obeyed, keywords
 * answered once.
 */
class ReceiveInboundMessageTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number PHONE = new E164Number("+12065550199");

  private final InMemoryMessages messages = new InMemoryMessages();
  private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final InMemoryMediaArchive mediaArchive = new InMemoryMediaArchive(messages);
  private final ReceiveInboundMessage receive =
      new ReceiveInboundMessage(
          messages,
          optOuts,
          outbox,
          mediaArchive,
          new MessageEvents(UUID::randomUUID),
          unitOfWork,
          UUID::randomUUID,
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void records_the_message_as_received_and_tells_of_it() {
    ReceiveInboundMessage.Result result = receive.receive(text("mdr2-1", PHONE, "hello"));

    assertThat(result.duplicate()).isFalse();
    assertThat(result.message().status()).isEqualTo(MessageStatus.RECEIVED);
    assertThat(messages.byFlowrouteId("mdr2-1")).contains(result.message());
    assertThat(outbox.types()).containsExactly(MessageReceived.class);
  }

  @Test
  void a_repeated_delivery_answers_the_first_record_and_tells_nothing_more() {
    ReceiveInboundMessage.Result first = receive.receive(text("mdr2-1", PHONE, "hello"));

    ReceiveInboundMessage.Result again = receive.receive(text("mdr2-1", PHONE, "hello"));

    assertThat(again.duplicate()).isTrue();
    assertThat(again.message()).isEqualTo(first.message());
    assertThat(outbox.types()).containsExactly(MessageReceived.class);
  }

  @Test
  void the_same_message_twice_in_one_batch_is_recorded_once_in_one_transaction() {
    List<ReceiveInboundMessage.Result> results =
        receive.receiveAll(List.of(text("mdr2-1", PHONE, "hello"), text("mdr2-1", PHONE, "hello")));

    assertThat(results)
        .extracting(ReceiveInboundMessage.Result::duplicate)
        .containsExactly(false, true);
    assertThat(results.get(1).message()).isEqualTo(results.get(0).message());
    assertThat(outbox.types()).containsExactly(MessageReceived.class);
    assertThat(unitOfWork.transactions()).isEqualTo(1);
  }

  @Test
  void stop_opts_the_phone_out_of_our_number_and_start_back_in() {
    receive.receive(text("mdr2-1", PHONE, " Stop "));

    assertThat(optOuts.isOptedOut(OURS, PHONE)).isTrue();
    OptOut recorded = optOuts.entry(OURS, PHONE).orElseThrow();
    assertThat(recorded.source()).isEqualTo(OptOutSource.KEYWORD);
    assertThat(recorded.actor()).isEqualTo("keyword");
    assertThat(recorded.reason()).isEqualTo("texted Stop");

    receive.receive(text("mdr2-2", PHONE, "START"));

    assertThat(optOuts.isOptedOut(OURS, PHONE)).isFalse();
    assertThat(outbox.types())
        .containsExactly(
            MessageReceived.class, OptOutAdded.class, MessageReceived.class, OptOutRemoved.class);
    OptOutRemoved removed = (OptOutRemoved) outbox.events().get(3);
    assertThat(removed.optOut()).isEqualTo(recorded);
    assertThat(removed.source()).isEqualTo(OptOutSource.KEYWORD);
    assertThat(removed.reason()).isEqualTo("texted START");
  }

  @Test
  void a_repeated_stop_after_start_does_not_opt_out_again() {
    receive.receive(text("mdr2-1", PHONE, "STOP"));
    receive.receive(text("mdr2-2", PHONE, "START"));

    receive.receive(text("mdr2-1", PHONE, "STOP"));

    assertThat(optOuts.isOptedOut(OURS, PHONE)).isFalse();
  }

  @Test
  void a_short_code_saying_stop_opts_nothing_out() {
    receive.receive(
        new InboundMessage(
            "mdr2-1", PhoneAddress.parse("72345"), OURS, "STOP", List.of(), false, NOW));

    assertThat(optOuts.isOptedOut(OURS, PHONE)).isFalse();
    assertThat(messages.byFlowrouteId("mdr2-1")).isPresent();
  }

  @Test
  void stop_is_answered_once_with_its_reply_even_though_the_phone_is_now_opted_out() {
    ReceiveInboundMessage replying = withAccount(replies("Acme: you are unsubscribed", null, null));

    ReceiveInboundMessage.Result first = replying.receive(text("mdr2-1", PHONE, "stop"));
    ReceiveInboundMessage.Result again = replying.receive(text("mdr2-1", PHONE, "stop"));

    Message reply = first.autoReply().orElseThrow();
    assertThat(reply.autoReply()).isTrue();
    assertThat(reply.from().value()).isEqualTo(OURS.value());
    assertThat(reply.to()).isEqualTo(PHONE);
    assertThat(reply.body()).isEqualTo("Acme: you are unsubscribed");
    assertThat(reply.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(messages.byId(reply.id())).contains(reply);
    assertThat(again.autoReply()).isEmpty();
    assertThat(outbox.types())
        .containsExactly(MessageReceived.class, OptOutAdded.class, MessageStatusChanged.class);
    assertThat(((MessageStatusChanged) outbox.events().get(2)).message().autoReply()).isTrue();
  }

  @Test
  void a_reply_is_queued_once_per_inbound_flowroute_id_by_its_key() {
    ReceiveInboundMessage replying = withAccount(replies(null, null, "Acme help: call 555"));
    // A reply already queued under the text's key (as by a delivery whose inbound row was lost).
    String key = ReceiveInboundMessage.AUTO_REPLY_KEY + "mdr2-1";
    messages.add(
        Message.queued(
            new dev.switchboard.domain.messaging.MessageId(UUID.randomUUID()),
            OURS,
            PHONE,
            "Acme help: call 555",
            List.of(),
            key,
            "fp",
            NOW));

    ReceiveInboundMessage.Result again = replying.receive(text("mdr2-1", PHONE, "HELP"));

    assertThat(again.duplicate()).isFalse();
    assertThat(again.autoReply()).isEmpty();
    assertThat(outbox.types()).doesNotContain(MessageStatusChanged.class);
  }

  @Test
  void help_from_an_opted_out_phone_gets_no_reply_and_start_gets_its_reply() {
    ReceiveInboundMessage replying =
        withAccount(replies(null, "Acme: welcome back", "Acme help: call 555"));
    replying.receive(text("mdr2-1", PHONE, "STOP"));

    assertThat(replying.receive(text("mdr2-2", PHONE, "help")).autoReply()).isEmpty();
    Message welcome = replying.receive(text("mdr2-3", PHONE, "Start")).autoReply().orElseThrow();

    assertThat(welcome.body()).isEqualTo("Acme: welcome back");
    assertThat(replying.receive(text("mdr2-4", PHONE, "INFO")).autoReply()).isPresent();
  }

  @Test
  void a_numbers_own_keywords_replace_the_accounts_for_their_family_only() {
    InMemoryNumberKeywords own = new InMemoryNumberKeywords();
    own.save(OURS, Map.of(Keyword.STOP, new KeywordRule(List.of("ARRET"), "Arrêt confirmé")));
    ReceiveInboundMessage replying =
        withAccount(replies("Acme: unsubscribed", null, "Acme help"), own);

    assertThat(replying.receive(text("mdr2-1", PHONE, "STOP")).autoReply()).isEmpty();
    assertThat(optOuts.isOptedOut(OURS, PHONE)).as("STOP is no keyword of this number").isFalse();
    Message reply = replying.receive(text("mdr2-2", PHONE, "arret")).autoReply().orElseThrow();
    assertThat(reply.body()).isEqualTo("Arrêt confirmé");
    assertThat(optOuts.isOptedOut(OURS, PHONE)).isTrue();
  }

  @Test
  void a_batch_reads_each_of_our_numbers_keywords_once_and_applies_them_to_every_text() {
    InMemoryNumberKeywords own = new InMemoryNumberKeywords();
    own.save(OURS, Map.of(Keyword.STOP, new KeywordRule(List.of("ARRET"), "Arrêt confirmé")));
    List<E164Number> read = new ArrayList<>();
    NumberKeywords counting = readsCounted(read, own);
    ReceiveInboundMessage replying =
        withAccount(replies("Acme: unsubscribed", null, "Acme help"), counting);
    E164Number other = new E164Number("+12065550111");

    List<ReceiveInboundMessage.Result> results =
        replying.receiveAll(
            List.of(
                text("mdr2-1", PHONE, "hello"),
                text("mdr2-2", new E164Number("+12065550198"), "arret"),
                text("mdr2-3", new E164Number("+12065550197"), "ARRET"),
                new InboundMessage(
                    "mdr2-4",
                    PhoneAddress.of(new E164Number("+12065550196")),
                    other,
                    "STOP",
                    List.of(),
                    false,
                    NOW)));

    assertThat(read).containsExactlyInAnyOrder(OURS, other);
    assertThat(results.get(1).autoReply().orElseThrow().body()).isEqualTo("Arrêt confirmé");
    assertThat(results.get(2).autoReply().orElseThrow().body()).isEqualTo("Arrêt confirmé");
    assertThat(results.get(3).autoReply().orElseThrow().body()).isEqualTo("Acme: unsubscribed");
  }

  @Test
  void texts_that_could_be_no_keyword_read_no_numbers_keywords() {
    List<E164Number> read = new ArrayList<>();
    ReceiveInboundMessage replying =
        withAccount(replies("Acme: unsubscribed", null, "Acme help"), readsCounted(read));

    List<ReceiveInboundMessage.Result> results =
        replying.receiveAll(
            List.of(
                text("mdr2-1", PHONE, "Running late, see you at 6"),
                text("mdr2-2", new E164Number("+12065550198"), "ok?")));

    assertThat(read).isEmpty();
    assertThat(results).allSatisfy(r -> assertThat(r.autoReply()).isEmpty());
    assertThat(results).noneMatch(ReceiveInboundMessage.Result::duplicate);
  }

  @Test
  void a_keyword_without_a_reply_answers_nothing() {
    assertThat(receive.receive(text("mdr2-1", PHONE, "HELP")).autoReply()).isEmpty();
    assertThat(messages.byIdempotencyKey(ReceiveInboundMessage.AUTO_REPLY_KEY + "mdr2-1"))
        .isEmpty();
  }

  private ReceiveInboundMessage withAccount(KeywordSettings account) {
    return withAccount(account, NumberKeywords.NONE);
  }

  private ReceiveInboundMessage withAccount(KeywordSettings account, NumberKeywords own) {
    return new ReceiveInboundMessage(
        messages,
        optOuts,
        outbox,
        mediaArchive,
        new MessageEvents(UUID::randomUUID),
        unitOfWork,
        UUID::randomUUID,
        Clock.fixed(NOW, ZoneOffset.UTC),
        account,
        own);
  }

  private static KeywordSettings replies(String stop, String start, String help) {
    KeywordSettings d = KeywordSettings.DEFAULTS;
    return d.overriddenBy(
        Map.of(
            Keyword.STOP,
                new KeywordRule(d.rules().get(Keyword.STOP).words(), Optional.ofNullable(stop)),
            Keyword.START,
                new KeywordRule(d.rules().get(Keyword.START).words(), Optional.ofNullable(start)),
            Keyword.HELP,
                new KeywordRule(d.rules().get(Keyword.HELP).words(), Optional.ofNullable(help))));
  }

  @Test
  void each_medium_of_a_new_mms_is_put_on_the_list_to_copy_once() {
    InboundMessage mms =
        new InboundMessage(
            "mdr2-7",
            PhoneAddress.of(PHONE),
            OURS,
            null,
            List.of(
                Media.of(URI.create("https://media.example/a")),
                Media.of(URI.create("https://media.example/b"))),
            true,
            NOW);

    ReceiveInboundMessage.Result first = receive.receive(mms);
    receive.receive(mms);

    MessageId id = first.message().id();
    assertThat(mediaArchive.state(id, 0)).contains(ArchiveState.PENDING);
    assertThat(mediaArchive.state(id, 1)).contains(ArchiveState.PENDING);
    assertThat(mediaArchive.state(id, 2)).isEmpty();
    assertThat(mediaArchive.row(id, 0).orElseThrow().attempts()).isZero();
  }

  @Test
  void a_text_without_media_puts_nothing_on_the_list() {
    ReceiveInboundMessage.Result result = receive.receive(text("mdr2-8", PHONE, "hi"));

    assertThat(mediaArchive.state(result.message().id(), 0)).isEmpty();
  }

  private static InboundMessage text(String flowrouteId, E164Number from, String body) {
    return new InboundMessage(
        flowrouteId, PhoneAddress.of(from), OURS, body, List.of(), false, NOW);
  }

  /** A number's keywords that notes each number read. */
  private static NumberKeywords readsCounted(List<E164Number> read) {
    return readsCounted(read, new InMemoryNumberKeywords());
  }

  private static NumberKeywords readsCounted(List<E164Number> read, NumberKeywords own) {
    return new NumberKeywords() {
      @Override
      public Map<Keyword, KeywordRule> of(E164Number number) {
        read.add(number);
        return own.of(number);
      }

      @Override
      public void save(E164Number number, Map<Keyword, KeywordRule> rules) {
        own.save(number, rules);
      }

      @Override
      public boolean remove(E164Number number) {
        return own.remove(number);
      }
    };
  }
}
