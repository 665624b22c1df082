package dev.switchboard.domain.messaging;

/**
 * A message the dispatcher took to send.
 *
 * @param message the message, now SENDING
 * @param resumed whether it was already SENDING under a lapsed lease (its sender crashed), so the
 *     carrier may have it already
 */
public record Claim(Message message, boolean resumed) {}
