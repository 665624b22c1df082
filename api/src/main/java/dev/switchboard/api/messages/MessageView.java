package dev.switchboard.api.messages;

import dev.switchboard.api.openapi.ApiDoc;
import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.BodyEncoding;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.TextEncoding;
import dev.switchboard.events.WireEvents;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message as the API shows it; {@code sendAt} and {@code expiresAt} are null when the caller set
 * none; {@code autoReply}: we sent it answering a keyword.
 *
 * @param encoding how the text travels as SMS: GSM_7 or UCS_2
 * @param segments the SMS segments the text takes; 0 for an MMS without text
 * @param foreign sent on our Flowroute account by someone else, recorded by the message
 *     reconciliation
 */
public record MessageView(
    @Schema(format = "uuid") String id,
    @Schema(implementation = Direction.class) String direction,
    @Schema(pattern = ApiDoc.E164) String from,
    @Schema(pattern = ApiDoc.E164) String to,
    String body,
    @Schema(implementation = TextEncoding.class) String encoding,
    @Schema(minimum = "0") int segments,
    List<MediaView> media,
    @Schema(implementation = MessageStatus.class) String status,
    String flowrouteId,
    int attempts,
    Failure failure,
    Instant createdAt,
    Instant updatedAt,
    Instant sendAt,
    Instant expiresAt,
    boolean autoReply,
    boolean foreign) {

  /**
   * One attachment of an MMS.
   *
   * @param url where the sender put it (for an inbound MMS, Flowroute's temporary link)
   * @param archived our copy of an inbound medium, once made; null before and for outbound media
   */
  public record MediaView(
      String url, String mimeType, String fileName, Long sizeBytes, ArchivedView archived) {}

  /**
   * Our copy of an inbound medium.
   *
   * @param url the API path that streams it ({@code GET}, scope {@code messages:read})
   */
  public record ArchivedView(String url, String contentType, long sizeBytes, Instant archivedAt) {}

  /** Why a message failed, or why its last attempt did while a retry waits. */
  public record Failure(String code, String reason) {}

  public static MessageView of(Message m) {
    BodyEncoding encoding = m.bodyEncoding();
    return new MessageView(
        m.id().toString(),
        m.direction().name(),
        m.from().value(),
        m.to().value(),
        m.body(),
        encoding.encoding().name(),
        encoding.segments(),
        IntStream.range(0, m.media().size())
            .mapToObj(i -> media(m.id(), i, m.media().get(i)))
            .toList(),
        m.status().name(),
        m.flowrouteId(),
        m.attempts(),
        m.failureCode() == null ? null : new Failure(m.failureCode(), m.failureReason()),
        m.createdAt(),
        m.updatedAt(),
        m.schedule().sendAt(),
        m.schedule().expiresAt(),
        m.autoReply(),
        m.foreign());
  }

  private static MediaView media(MessageId id, int index, Media media) {
    ArchivedCopy copy = media.archived();
    return new MediaView(
        media.url().toString(),
        media.mimeType(),
        media.fileName(),
        media.sizeBytes(),
        copy == null
            ? null
            : new ArchivedView(
                WireEvents.archivedMediaPath(id, index),
                copy.contentType(),
                copy.sizeBytes(),
                copy.archivedAt()));
  }
}
