package dev.switchboard.sandbox.emulator.messaging;

/**
 * Where a webhook stands.
 *
 * @param id the inbound MDR id, or {@code <mdr id>/dlr/<level>} for a delivery receipt
 * @param kind {@code inbound} or {@code dlr}
 * @param attempts POSTs made so far
 * @param delivered whether one was answered 200
 * @param lastStatus the last answer's status code, {@code error: ...}, {@code dropped} or {@code
 *     pending}
 */
public record WebhookDelivery(
    String id, String kind, String url, int attempts, boolean delivered, String lastStatus) {}
