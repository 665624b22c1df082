package dev.switchboard.api.numbers;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The API on Flowroute's legacy Numbers v1 ({@code switchboard.flowroute.numbers-api=v1}). */
public class NumbersV1Profile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("switchboard.flowroute.numbers-api", "v1");
  }
}
