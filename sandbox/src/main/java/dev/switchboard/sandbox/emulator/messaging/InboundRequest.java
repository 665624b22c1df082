package dev.switchboard.sandbox.emulator.messaging;

import java.util.List;

/**
 * A phone texting one of the account's numbers ({@code POST /sandbox/inbound}).
 *
 * @param from the sender: a number ({@code +1...}, {@code 1...}, ten digits, or another country's
 *     {@code +44...}), a short code ({@code 12345}) or a sender ID ({@code ACME})
 * @param to one of the account's numbers, in the same forms
 * @param mediaUrls non-empty makes it an MMS; each becomes a generated PNG served by the emulator
 * @param format {@code v2.1} (JSON:API) or {@code legacy} (flat, SMS only); null for the account's
 *     messaging API version
 */
public record InboundRequest(
    String from, String to, String body, List<String> mediaUrls, String format) {

  public InboundRequest {
    mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
  }

  public static InboundRequest sms(String from, String to, String body) {
    return new InboundRequest(from, to, body, List.of(), null);
  }

  public static InboundRequest mms(String from, String to, String body, List<String> mediaUrls) {
    return new InboundRequest(from, to, body, mediaUrls, null);
  }

  public InboundRequest withFormat(String newFormat) {
    return new InboundRequest(from, to, body, mediaUrls, newFormat);
  }
}
