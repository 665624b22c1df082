package dev.switchboard.flowroute.messaging.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import java.util.List;

/** The JSON:API envelope of {@code POST /v2.1/messages} (Flowroute §6.1, §6.2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendMessageRequest(Data data) {

  /** The resource object. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Data(String type, Attributes attributes) {}

  /** The message fields, numbers in Flowroute's 11-digit form. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Attributes(
      String to,
      String from,
      String body,
      @JsonProperty("dlr_callback") String dlrCallback,
      @JsonProperty("media_urls") List<String> mediaUrls,
      @JsonProperty("is_mms") Boolean isMms) {}

  /** The request for a message; {@code dlrCallback} may be null (no per-message receipts URL). */
  public static SendMessageRequest of(Message message, String dlrCallback) {
    String body = message.body() == null || message.body().isEmpty() ? null : message.body();
    // A text-only MMS (is_mms without media) leaves media_urls out rather than sending [] (§6.2).
    List<String> mediaUrls =
        message.isMms() && !message.media().isEmpty()
            ? message.media().stream().map(Media::url).map(Object::toString).toList()
            : null;
    return new SendMessageRequest(
        new Data(
            "message",
            new Attributes(
                message.to().elevenDigits(),
                message.from().elevenDigits(),
                body,
                dlrCallback,
                mediaUrls,
                message.isMms() ? Boolean.TRUE : null)));
  }
}
