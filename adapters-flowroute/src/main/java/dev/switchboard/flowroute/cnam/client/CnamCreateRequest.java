package dev.switchboard.flowroute.cnam.client;

import dev.switchboard.domain.cnam.CallerName;

/** The flat body of {@code POST /v2/cnams} (§5.4): {@code {"value": "..."}}. */
public record CnamCreateRequest(String value) {

  public static CnamCreateRequest of(CallerName name) {
    return new CnamCreateRequest(name.value());
  }
}
