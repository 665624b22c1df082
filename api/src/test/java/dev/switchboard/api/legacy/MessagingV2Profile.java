package dev.switchboard.api.legacy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application speaking Flowroute's legacy Messages v2 instead of v2.1. */
public class MessagingV2Profile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("switchboard.flowroute.messaging-api", "v2");
  }
}
