package dev.switchboard.flowroute.cnam.client;

import dev.switchboard.domain.cnam.CallerName;

/** The JSON:API envelope of {@code PATCH /v2/cnams/{id}} (§5.5). */
public record CnamUpdateRequest(Data data) {

  /** The resource object. */
  public record Data(String type, Attributes attributes) {}

  /** The one field that may change while the record is pending. */
  public record Attributes(String value) {}

  public static CnamUpdateRequest of(CallerName name) {
    return new CnamUpdateRequest(new Data("cnam", new Attributes(name.value())));
  }
}
