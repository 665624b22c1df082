package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.messaging.BodyEncoding;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import java.util.List;
import java.util.Objects;

/**
 * What a message is, as both message events tell it: who sent what to whom (where it stands is the
 * events' own part).
 *
 * @param from our number for a message we send; for one we receive, whoever sent it
 * @param body the text; null or empty for an MMS without text
 * @param flowrouteId Flowroute's id of the message, once Flowroute took it
 * @param autoReply whether we sent it on our own, answering a keyword
 */
public record MessageContent(
    MessageId id,
    PhoneAddress from,
    E164Number to,
    String body,
    List<Media> media,
    String flowrouteId,
    boolean autoReply) {

  public MessageContent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    media = media == null ? List.of() : List.copyOf(media);
  }

  /** The text's encoding and SMS segments, computed from the text. */
  public BodyEncoding bodyEncoding() {
    return BodyEncoding.of(body);
  }

  /** Content of a message that no keyword caused. */
  public MessageContent(
      MessageId id,
      PhoneAddress from,
      E164Number to,
      String body,
      List<Media> media,
      String flowrouteId) {
    this(id, from, to, body, media, flowrouteId, false);
  }

  /** Whether the message has media. */
  public boolean mms() {
    return !media.isEmpty();
  }
}
