package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What Flowroute takes as the media of an outbound MMS (reference §1.8 and §6.2, [DOC
 * messages/v2.1/send-an-mms], [DOC messages/v2.1 overview]): media and text together at most 750
 * kB, which its error names as {@value #MAX_PAYLOAD_BYTES} bytes, and images PNG, JPEG, GIF, BMP;
 * video 3GP, MP4, AVI, MPG; audio AMR, MIDI, WAV, AC3, MP3; plain text. The refusals name the URL,
 * so the caller knows which medium to fix.
 */
public final class MmsMedia {

  /** Flowroute's 750 kB: {@code File at "<url>" is over 767840 byte limit.} (reference §6.2). */
  public static final long MAX_PAYLOAD_BYTES = 767_840;

  private static final Set<String> ACCEPTED =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/jpg",
          "image/pjpeg",
          "image/gif",
          "image/bmp",
          "image/x-bmp",
          "image/x-ms-bmp",
          "video/3gpp",
          "video/mp4",
          "video/avi",
          "video/x-msvideo",
          "video/mpeg",
          "audio/amr",
          "audio/midi",
          "audio/mid",
          "audio/x-midi",
          "audio/wav",
          "audio/wave",
          "audio/x-wav",
          "audio/ac3",
          "audio/mpeg",
          "audio/mp3",
          "text/plain");

  private MmsMedia() {}

  /** Whether Flowroute takes a medium of this {@code Content-Type} (parameters ignored). */
  public static boolean accepts(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return ACCEPTED.contains(type.strip().toLowerCase(Locale.ROOT));
  }

  /** The bytes the text takes of the payload (UTF-8, as Flowroute receives it). */
  public static long textBytes(String body) {
    return body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
  }

  public static ValidationException notAccepted(URI url, String contentType) {
    return new ValidationException(
        ProblemType.MEDIA_CONTENT_TYPE_NOT_ACCEPTED,
        "media URL \""
            + url
            + "\" is "
            + (contentType == null ? "of no stated content type" : "\"" + contentType + "\"")
            + ", which Flowroute does not send: use PNG, JPEG, GIF or BMP images, 3GP, MP4, AVI"
            + " or MPG video, AMR, MIDI, WAV, AC3 or MP3 audio, or plain text");
  }

  public static ValidationException tooLarge(URI url) {
    return new ValidationException(
        ProblemType.MEDIA_TOO_LARGE,
        "media URL \""
            + url
            + "\" takes the MMS over Flowroute's limit of "
            + MAX_PAYLOAD_BYTES
            + " bytes (750 kB) for all media and the text together");
  }

  public static ValidationException unreachable(URI url, String why) {
    return new ValidationException(
        ProblemType.MEDIA_UNREACHABLE, "media URL \"" + url + "\" could not be fetched: " + why);
  }

  public static ValidationException forbidden(URI url, String why) {
    return new ValidationException(
        ProblemType.MEDIA_URL_FORBIDDEN, "media URL \"" + url + "\" is refused: " + why);
  }
}
