package dev.switchboard.flowroute.messaging.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The flat body of {@code PUT /v2.1/messages/{callback_type}}, as the docs show it (§6.5). */
public record CallbackUrlRequest(@JsonProperty("callback_url") String callbackUrl) {

  @Override
  public String toString() {
    return "CallbackUrlRequest[****]";
  }
}
