package dev.switchboard.api.legacy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application speaking both of Flowroute's legacy APIs at once: Messages v2 instead of v2.1 and
 * Numbers v1 instead of v2 (issue 20's end-to-end set-up; one profile, so one start of Quarkus).
 */
public class LegacyVersionsProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "switchboard.flowroute.messaging-api", "v2", "switchboard.flowroute.numbers-api", "v1");
  }
}
