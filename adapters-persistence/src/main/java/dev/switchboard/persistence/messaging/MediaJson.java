package dev.switchboard.persistence.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.Media;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Writes and reads the attachments of a message as the JSON kept in {@code messages.media}. */
@ApplicationScoped
public class MediaJson {

  /** One attachment as stored; a record of its own so the stored shape never follows the domain. */
  record StoredMedia(
      String url,
      String mimeType,
      String fileName,
      Long sizeBytes,
      @JsonInclude(JsonInclude.Include.NON_NULL) StoredCopy archived) {}

  /** Our copy of an inbound medium, as stored on it ({@link PostgresMediaArchive} writes it). */
  record StoredCopy(String key, String contentType, long sizeBytes, String archivedAt) {

    static StoredCopy of(ArchivedCopy copy) {
      return copy == null
          ? null
          : new StoredCopy(
              copy.key(), copy.contentType(), copy.sizeBytes(), copy.archivedAt().toString());
    }

    ArchivedCopy toDomain() {
      return new ArchivedCopy(key, contentType, sizeBytes, Instant.parse(archivedAt));
    }
  }

  private static final TypeReference<List<StoredMedia>> LIST = new TypeReference<>() {};

  private final ObjectMapper json;

  public MediaJson(ObjectMapper json) {
    this.json = json;
  }

  public String write(List<Media> media) {
    List<StoredMedia> stored =
        media.stream()
            .map(
                m ->
                    new StoredMedia(
                        m.url().toString(),
                        m.mimeType(),
                        m.fileName(),
                        m.sizeBytes(),
                        StoredCopy.of(m.archived())))
            .toList();
    try {
      return json.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write media as JSON", e);
    }
  }

  public List<Media> read(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    try {
      return json.readValue(stored, LIST).stream()
          .map(
              m ->
                  new Media(
                      URI.create(m.url()),
                      m.mimeType(),
                      m.fileName(),
                      m.sizeBytes(),
                      m.archived() == null ? null : m.archived().toDomain()))
          .toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored media is not the expected JSON", e);
    }
  }
}
