package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.domain.numbers.NumberUpdate;

/** The flat body of {@code PATCH /v2/numbers/{id}} (§2.5); absent settings are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateNumberRequest(
    String type,
    String alias,
    @JsonProperty("cnam_lookups_enabled") Boolean cnamLookupsEnabled,
    @JsonProperty("messaging_enabled") Boolean messagingEnabled) {

  public static UpdateNumberRequest of(NumberUpdate update) {
    return new UpdateNumberRequest(
        "number",
        update.alias().orElse(null),
        update.cnamLookupsEnabled().orElse(null),
        update.messagingEnabled().orElse(null));
  }
}
