package dev.switchboard.sandbox.emulator.messaging;

/**
 * An accepted inbound message.
 *
 * @param id the inbound MDR id
 * @param callbackUrl where the webhook goes, with any webhook secret masked
 */
public record InboundResult(String id, String callbackUrl) {}
