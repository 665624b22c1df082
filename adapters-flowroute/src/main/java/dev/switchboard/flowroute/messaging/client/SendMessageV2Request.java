package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.Message;

/**
 * The flat body of {@code POST /v2/messages} (reference §8.1, [DOC messages/v2.0/send-a-message]):
 * numbers in Flowroute's 11-digit form and the text as {@code body}, as the v2 docs write it. The
 * official v2 SDKs name the text {@code content} instead (reference §13 U1); we follow the docs,
 * and the emulator takes either. v2 has no media, no {@code is_mms} and no per-message receipt URL.
 */
public record SendMessageV2Request(String to, String from, String body) {

  public static SendMessageV2Request of(Message message) {
    return new SendMessageV2Request(
        message.to().elevenDigits(), message.from().elevenDigits(), message.body());
  }
}
