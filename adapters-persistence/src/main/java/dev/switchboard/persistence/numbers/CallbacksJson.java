package dev.switchboard.persistence.numbers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.numbers.CallbackKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads a number's callbacks as the JSON object kept in {@code numbers.callbacks}: the
 * {@link CallbackKind} name to the URL.
 */
@ApplicationScoped
public class CallbacksJson {

  private static final TypeReference<Map<String, String>> OBJECT = new TypeReference<>() {};

  private final ObjectMapper json;

  public CallbacksJson(ObjectMapper json) {
    this.json = json;
  }

  public String write(Map<CallbackKind, String> callbacks) {
    // Sorted, so the same callbacks are always the same text.
    Map<String, String> stored = new TreeMap<>();
    callbacks.forEach((kind, url) -> stored.put(kind.name(), url));
    try {
      return json.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write callbacks as JSON", e);
    }
  }

  public Map<CallbackKind, String> read(String stored) {
    if (stored == null || stored.isBlank()) {
      return Map.of();
    }
    Map<String, String> raw;
    try {
      raw = json.readValue(stored, OBJECT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored callbacks are not the expected JSON", e);
    }
    Map<CallbackKind, String> callbacks = new EnumMap<>(CallbackKind.class);
    // An unknown kind fails the read rather than vanishing on the next save.
    raw.forEach((kind, url) -> callbacks.put(CallbackKind.valueOf(kind), url));
    return callbacks;
  }
}
