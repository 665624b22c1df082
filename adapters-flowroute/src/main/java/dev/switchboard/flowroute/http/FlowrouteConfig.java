package dev.switchboard.flowroute.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** How to reach Flowroute's API; the defaults point at the local sandbox emulator. */
@ConfigMapping(prefix = "switchboard.flowroute")
public interface FlowrouteConfig {

  /** Host-only base URL, the version is in each path; production is https://api.flowroute.com. */
  @WithDefault("http://127.0.0.1:8090")
  URI baseUrl();

  /** The API access key (HTTP Basic user name). */
  @WithDefault("1111111")
  Secret accessKey();

  /** The API secret key (HTTP Basic password). */
  @WithDefault("sandbox-secret-key")
  Secret secretKey();

  @WithDefault("2S")
  Duration connectTimeout();

  @WithDefault("10S")
  Duration readTimeout();

  /**
   * Which Numbers API the account speaks: {@code v2} (numbers, routes, E911, CNAM) or the legacy
   * {@code v1} (HMAC-signed; numbers and routes only, §9).
   */
  @WithDefault("v2")
  NumbersApi numbersApi();

  /** A Numbers API version ({@code v1}, {@code v2}: SmallRye reads enums in any case). */
  enum NumbersApi {
    V1,
    V2
  }
}
