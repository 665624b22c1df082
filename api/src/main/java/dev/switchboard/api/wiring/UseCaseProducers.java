package dev.switchboard.api.wiring;

import dev.switchboard.api.consent.KeywordsConfig;
import dev.switchboard.api.dispatch.DispatcherConfig;
import dev.switchboard.api.messages.IdempotencyConfig;
import dev.switchboard.api.metrics.Metered;
import dev.switchboard.api.metrics.MeteredMessageGateway;
import dev.switchboard.api.metrics.MeteredOutbox;
import dev.switchboard.api.tracing.OriginTraceScope;
import dev.switchboard.api.tracing.TracedMessageGateway;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.DispatchSettings;
import dev.switchboard.domain.messaging.RetryPolicy;
import dev.switchboard.domain.messaging.SendingPause;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.history.HistoryKeepingOutbox;
import dev.switchboard.domain.messaging.history.MessageHistory;
import dev.switchboard.domain.messaging.history.OutboxWithHistory;
import dev.switchboard.domain.messaging.port.out.DeliveryReceipts;
import dev.switchboard.domain.messaging.port.out.MediaArchive;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.NumberKeywords;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.SendChecks;
import dev.switchboard.domain.messaging.port.out.WorkBacklog;
import dev.switchboard.domain.messaging.reconciliation.port.out.CarrierRecords;
import dev.switchboard.domain.messaging.reconciliation.usecase.ReconcileMessages;
import dev.switchboard.domain.messaging.usecase.ApplyDeliveryReceipt;
import dev.switchboard.domain.messaging.usecase.CancelMessage;
import dev.switchboard.domain.messaging.usecase.DispatchMessages;
import dev.switchboard.domain.messaging.usecase.GetMessage;
import dev.switchboard.domain.messaging.usecase.GetMessageHistory;
import dev.switchboard.domain.messaging.usecase.ListMessages;
import dev.switchboard.domain.messaging.usecase.ManageKeywords;
import dev.switchboard.domain.messaging.usecase.ManageOptOuts;
import dev.switchboard.domain.messaging.usecase.ReadDispatcher;
import dev.switchboard.domain.messaging.usecase.ReceiveInboundMessage;
import dev.switchboard.domain.messaging.usecase.SendMessage;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.TimeOrderedIds;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import dev.switchboard.persistence.messaging.PostgresRateLimits;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place where the domain's use cases are wired to their adapters. Use cases are final plain
 * classes, so they are singletons rather than proxied application-scoped beans.
 */
@ApplicationScoped
public class UseCaseProducers {

  @Produces
  @Singleton
  Clock clock() {
    return new MicrosecondClock();
  }

  @Produces
  @Singleton
  IdGenerator ids(Clock clock) {
    return new TimeOrderedIds(clock);
  }

  /**
   * The outbox every use case writes to, recording each message step its events tell of in the
   * message history and counting final message states on the way. The adapter's own bean stays
   * available to those who need it unwrapped.
   */
  @Produces
  @Singleton
  @Metered
  Outbox meteredOutbox(OutboxWithHistory outboxAndHistory, MeterRegistry registry) {
    return new MeteredOutbox(new HistoryKeepingOutbox(outboxAndHistory), registry);
  }

  @Produces
  @Singleton
  MessageEvents messageEvents(IdGenerator ids) {
    return new MessageEvents(ids);
  }

  @Produces
  @Singleton
  SendMessage sendMessage(
      Messages messages,
      SendChecks checks,
      @Metered Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock,
      IdempotencyConfig idempotency,
      MessageGateway gateway) {
    return new SendMessage(
        messages,
        checks,
        outbox,
        events,
        unitOfWork,
        ids,
        clock,
        new SendMessage.Settings(idempotency.idempotencyKeyTtl(), gateway.sendsMms()));
  }

  @Produces
  @Singleton
  CancelMessage cancelMessage(
      Messages messages,
      @Metered Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CancelMessage(messages, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  GetMessage getMessage(Messages messages) {
    return new GetMessage(messages);
  }

  @Produces
  @Singleton
  GetMessageHistory getMessageHistory(
      GetMessage getMessage, MessageHistory history, DeliveryReceipts receipts) {
    return new GetMessageHistory(getMessage, history, receipts);
  }

  @Produces
  @Singleton
  ListMessages listMessages(Messages messages) {
    return new ListMessages(messages);
  }

  @Produces
  @Singleton
  ReceiveInboundMessage receiveInboundMessage(
      Messages messages,
      OptOuts optOuts,
      @Metered Outbox outbox,
      MediaArchive mediaArchive,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock,
      KeywordsConfig keywords,
      NumberKeywords numberKeywords) {
    return new ReceiveInboundMessage(
        messages,
        optOuts,
        outbox,
        mediaArchive,
        events,
        unitOfWork,
        ids,
        clock,
        keywords.settings(),
        numberKeywords);
  }

  @Produces
  @Singleton
  ManageOptOuts manageOptOuts(
      OptOuts optOuts,
      @Metered Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ManageOptOuts(optOuts, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ManageKeywords manageKeywords(
      KeywordsConfig keywords,
      NumberKeywords numberKeywords,
      NumberInventory inventory,
      UnitOfWork unitOfWork) {
    return new ManageKeywords(keywords.settings(), numberKeywords, inventory, unitOfWork);
  }

  @Produces
  @Singleton
  ApplyDeliveryReceipt applyDeliveryReceipt(
      Messages messages,
      DeliveryReceipts receipts,
      OptOuts optOuts,
      @Metered Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ApplyDeliveryReceipt(messages, receipts, optOuts, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ReconcileMessages reconcileMessages(
      CarrierRecords records,
      Messages messages,
      ApplyDeliveryReceipt receipts,
      @Metered Outbox outbox,
      MessageEvents events,
      IdGenerator ids,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ReconcileMessages(
        records, messages, receipts, outbox, events, ids, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ReadDispatcher readDispatcher(DispatchMessages dispatch, WorkBacklog backlog, Clock clock) {
    return new ReadDispatcher(dispatch, backlog, clock);
  }

  @Produces
  @Singleton
  DispatchMessages dispatchMessages(
      Messages messages,
      DeliveryReceipts receipts,
      MessageGateway gateway,
      @Metered Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock,
      DispatcherConfig config,
      @ConfigProperty(name = "quarkus.rest-client.flowroute.connect-timeout") long connectTimeoutMs,
      @ConfigProperty(name = "quarkus.rest-client.flowroute.read-timeout") long readTimeoutMs,
      PostgresRateLimits rateLimits,
      MeterRegistry registry,
      Tracer tracer,
      MessageHistory history) {
    DispatcherConfig.Retry retry = config.retry();
    // A permit outlives the longest send, so a replica that dies mid-send gives it back only then.
    Duration permitLease =
        Duration.ofMillis(connectTimeoutMs + readTimeoutMs).plus(Duration.ofSeconds(5));
    return new DispatchMessages(
        messages,
        receipts,
        new TracedMessageGateway(new MeteredMessageGateway(gateway, registry), tracer),
        outbox,
        events,
        unitOfWork,
        clock,
        rateLimits.forKind("sms", config.smsPerSecond(), permitLease),
        rateLimits.forKind("mms", config.mmsPerSecond(), permitLease),
        new RetryPolicy(
            retry.maxAttempts(),
            retry.initialDelay(),
            retry.maxDelay(),
            retry.multiplier(),
            retry.jitter()),
        new DispatchSettings(
            config.lease(),
            config.uncertainGrace(),
            config.settleTime(),
            config.lookupInterval(),
            config.retryAfterCap(),
            DispatchSettings.defaults(config.lease()).lookupMargin()),
        new SendingPause(config.probeInterval()),
        history,
        new OriginTraceScope());
  }
}
