package dev.switchboard.flowroute.messaging.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.in.InboundMessageIntake;
import dev.switchboard.domain.messaging.port.out.InMemoryMediaArchive;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.NoEarlyReceipts;
import dev.switchboard.domain.messaging.usecase.ApplyDeliveryReceipt;
import dev.switchboard.domain.messaging.usecase.ReceiveInboundMessage;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import dev.switchboard.flowroute.OutboundMessages;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FlowrouteWebhookResourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private static final String MMS =
      """
      {"data":{"id":"mdr2-mms","type":"message","attributes":{"body":null,"direction":"inbound",
         "from":"12345678900","to":"12345678901","is_mms":true,"timestamp":"2022-09-03T20:40:11.00Z"},
         "relationships":{"media":{"data":[{"id":"m-1","type":"media"}]}}},
       "included":[{"id":"m-1","type":"media","attributes":{"url":"https://media.example/a.png"}}]}
      """;

  private final RecordedMessages messages = new RecordedMessages();
  private final List<DeliveryReceipt> receipts = new ArrayList<>();
  private final IdGenerator ids = UUID::randomUUID;
  private final UnitOfWork unitOfWork =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };
  private final FlowrouteWebhookResource resource =
      new FlowrouteWebhookResource(
          Secret.of("s3cret"),
          intake(unitOfWork),
          new ApplyDeliveryReceipt(
              messages,
              new RecordedReceipts(receipts),
              new InMemoryOptOuts(),
              event -> {},
              new MessageEvents(ids),
              unitOfWork,
              CLOCK),
          new FlowrouteWebhookParser(FlowrouteJson.mapper(), CLOCK));

  /** Inbound messages received straight into the recorded store, in this unit of work. */
  private InboundMessageIntake intake(UnitOfWork work) {
    return InboundMessageIntake.direct(
        new ReceiveInboundMessage(
            messages,
            new InMemoryOptOuts(),
            event -> {},
            new InMemoryMediaArchive(messages),
            new MessageEvents(ids),
            work,
            ids,
            CLOCK));
  }

  @Test
  void the_sms_webhook_takes_an_mms_body_too() {
    String answer = resource.sms("s3cret", bytes(MMS)).toCompletableFuture().join();

    assertThat(answer).isEqualTo(FlowrouteWebhookResource.OK);
    assertThat(messages.added)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.flowrouteId()).isEqualTo("mdr2-mms");
              assertThat(m.isMms()).isTrue();
            });
  }

  @Test
  void the_mms_webhook_takes_a_legacy_sms_body_too() {
    resource
        .mms(
            "s3cret",
            bytes(
                "{\"to\":\"12066418000\",\"body\":\"hi\",\"from\":\"18553569768\",\"id\":\"mdr1-a\"}"))
        .toCompletableFuture()
        .join();

    assertThat(messages.added)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body()).isEqualTo("hi");
              assertThat(m.from().value()).isEqualTo("+18553569768");
            });
  }

  @Test
  void the_dlr_webhook_records_the_receipt() {
    String answer =
        resource.dlr(
            "s3cret",
            bytes(
                """
                {"data":{"type":"delivery_receipt","id":"mdr2-x","attributes":{"level":2,
                  "status":"delivered","status_code":1004}}}
                """));

    assertThat(answer).isEqualTo(FlowrouteWebhookResource.OK);
    assertThat(receipts).singleElement().satisfies(r -> assertThat(r.statusCode()).isEqualTo(1004));
  }

  @Test
  void a_receipt_on_a_messages_own_callback_settles_that_message_under_the_receipts_id() {
    Message queued = OutboundMessages.sms("uncertain");
    messages.added.add(queued);

    String answer =
        resource.messageDlr(
            "s3cret",
            queued.id().value().toString(),
            bytes(
                """
                {"data":{"type":"delivery_receipt","id":"mdr2-named","attributes":{"level":2,
                  "status":"delivered","status_code":1004}}}
                """));

    assertThat(answer).isEqualTo(FlowrouteWebhookResource.OK);
    Message settled = messages.byId(queued.id()).orElseThrow();
    assertThat(settled.flowrouteId()).isEqualTo("mdr2-named");
    assertThat(settled.status()).isEqualTo(MessageStatus.DELIVERED);
  }

  @Test
  void a_receipt_on_a_path_that_names_no_message_is_kept_by_flowroutes_id() {
    resource.messageDlr(
        "s3cret",
        "not-a-uuid",
        bytes(
            """
            {"data":{"type":"delivery_receipt","id":"mdr2-y","attributes":{"level":1,
              "status":"smsc submit"}}}
            """));

    assertThat(receipts)
        .singleElement()
        .satisfies(r -> assertThat(r.flowrouteId()).isEqualTo("mdr2-y"));
  }

  @Test
  void an_inbound_message_that_cannot_be_stored_fails_its_answer_with_the_cause_itself() {
    UnitOfWork failing =
        new UnitOfWork() {
          @Override
          public <T> T inTransaction(Supplier<T> work) {
            throw new IllegalStateException("database unavailable");
          }
        };
    FlowrouteWebhookResource broken =
        new FlowrouteWebhookResource(
            Secret.of("s3cret"),
            intake(failing),
            null,
            new FlowrouteWebhookParser(FlowrouteJson.mapper(), CLOCK));

    CompletableFuture<String> answer = broken.sms("s3cret", bytes(MMS)).toCompletableFuture();

    // The exception mappers choose the problem by the failure's own class: it must not be wrapped.
    assertThat(answer)
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isExactlyInstanceOf(IllegalStateException.class)
        .withMessage("database unavailable");
    assertThat(messages.added).isEmpty();
  }

  @Test
  void a_wrong_secret_is_not_found_and_nothing_is_read() {
    assertThatThrownBy(() -> resource.sms("s3creT", bytes(MMS)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not-found"));
    assertThatThrownBy(() -> resource.dlr("", bytes("not json")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> resource.mms(null, null)).isInstanceOf(NotFoundException.class);
    assertThat(messages.added).isEmpty();
  }

  @Test
  void a_malformed_body_is_a_validation_error() {
    assertThatThrownBy(() -> resource.dlr("s3cret", bytes("<xml/>")))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invalid-webhook-payload");
    assertThatThrownBy(() -> resource.sms("s3cret", null)).isInstanceOf(ValidationException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Remembers added messages, as the real store would for these use cases. */
  private static final class RecordedMessages implements Messages {
    final List<Message> added = new ArrayList<>();

    @Override
    public boolean add(Message message) {
      if (byFlowrouteId(message.flowrouteId()).isPresent()) {
        return false;
      }
      return added.add(message);
    }

    @Override
    public void update(Message message) {
      added.replaceAll(m -> m.id().equals(message.id()) ? message : m);
    }

    @Override
    public Optional<Message> byId(MessageId id) {
      return added.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Message> byIdempotencyKey(String key) {
      return Optional.empty();
    }

    @Override
    public Optional<Message> byFlowrouteId(String flowrouteId) {
      return added.stream().filter(m -> flowrouteId.equals(m.flowrouteId())).findFirst();
    }

    @Override
    public Page<Message> list(MessageQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Claim> claimDue(Instant now, MessageKind kind, int limit, Duration lease) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean startAttempt(Claim claim, Instant now, Instant leaseUntil) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean release(Claim claim, Message next, Instant attemptedAt) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Message> lockUnsent(MessageId id) {
      return byId(id).filter(m -> m.flowrouteId() == null);
    }

    @Override
    public Optional<Message> lockCancelable(MessageId id) {
      return Optional.empty();
    }

    @Override
    public Optional<Message> unidentifiedLike(
        PhoneAddress from, E164Number to, String body, Instant since) {
      return Optional.empty();
    }

    @Override
    public List<Message> sentBetween(Instant since, Instant before, int limit) {
      return List.of();
    }
  }

  /** Keeps what is added, and matches no early receipt. */
  private static final class RecordedReceipts extends NoEarlyReceipts {
    private final List<DeliveryReceipt> receipts;

    RecordedReceipts(List<DeliveryReceipt> receipts) {
      this.receipts = receipts;
    }

    @Override
    public void add(DeliveryReceipt receipt, Optional<MessageId> message) {
      receipts.add(receipt);
    }
  }
}
