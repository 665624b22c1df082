package dev.switchboard.sandbox.emulator.messaging;

import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Timestamps;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Plays the delivery receipts of a sent message: each one is added to the MDR and POSTed to the
 * per-message, number-level or account-level DLR callback, in that order of precedence; an account
 * on Messages v2 is posted none.
 */
public final class DlrSimulator {

  private final ScheduledExecutorService scheduler;
  private final MessageStore store;
  private final Account account;
  private final WebhookSender sender;
  private final Duration delay;
  private final String baseUrl;
  private final Predicate<String> withheldTo;

  /**
   * @param withheldTo recipients whose receipts are recorded on the MDR but never POSTed
   */
  public DlrSimulator(
      ScheduledExecutorService scheduler,
      MessageStore store,
      Account account,
      WebhookSender sender,
      Duration delay,
      String baseUrl,
      Predicate<String> withheldTo) {
    this.scheduler = scheduler;
    this.store = store;
    this.account = account;
    this.sender = sender;
    this.delay = delay;
    this.baseUrl = baseUrl;
    this.withheldTo = withheldTo;
  }

  void start(MessageRecord message) {
    schedule(message.id(), DeliveryOutcomes.plan(message.to(), message.mms()), 0);
  }

  private void schedule(String id, List<DeliveryOutcomes.Planned> plan, int index) {
    if (!scheduler.isShutdown()) {
      scheduler.schedule(() -> emit(id, plan, index), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void emit(String id, List<DeliveryOutcomes.Planned> plan, int index) {
    DeliveryOutcomes.Planned planned = plan.get(index);
    DeliveryReceipt receipt =
        new DeliveryReceipt(
            planned.level(),
            planned.status(),
            planned.statusCode(),
            planned.description(),
            Timestamps.now());
    Optional<MessageRecord> updated = store.addReceipt(id, receipt);
    if (updated.isEmpty()) {
      return; // the store was reset meanwhile
    }
    // Messages v2 documents no receipt webhooks (reference §8.1): an account on v2 gets none.
    callbackFor(updated.get())
        .filter(url -> !legacyAccount())
        .filter(url -> !withheldTo.test(updated.get().to()))
        .ifPresent(
            url ->
                sender.send(
                    id + "/dlr/" + receipt.level(),
                    "dlr",
                    url,
                    Json.bytes(
                        MdrJson.deliveryReceipt(
                            updated.get(), receipt, baseUrl, account.messagingApiVersion()))));
    if (index + 1 < plan.size()) {
      schedule(id, plan, index + 1);
    }
  }

  private boolean legacyAccount() {
    String version = account.messagingApiVersion();
    return version.equals("v2") || version.equals("legacy");
  }

  private Optional<String> callbackFor(MessageRecord message) {
    if (message.dlrCallback() != null && !message.dlrCallback().isBlank()) {
      return Optional.of(message.dlrCallback());
    }
    return account.callbackFor(
        message.from(),
        message.mms() ? CallbackType.MMS_DLR_CALLBACK : CallbackType.SMS_DLR_CALLBACK);
  }
}
