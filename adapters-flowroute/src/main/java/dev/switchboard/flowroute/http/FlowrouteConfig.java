package dev.switchboard.flowroute.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** How to reach Flowroute's API; the defaults point at the local sandbox emulator. */
@ConfigMapping(prefix = "switchboard.flowroute")
public interface FlowrouteConfig {

  /**
   * Host-only base URL, the version is in each path; production is https://api.flowroute.com. The
   * REST clients' {@code quarkus.rest-client.flowroute.url} is set from it.
   */
  @WithDefault("http://127.0.0.1:8090")
  URI baseUrl();

  /** The API access key (HTTP Basic user name). */
  @WithDefault("1111111")
  Secret accessKey();

  /** The API secret key (HTTP Basic password). */
  @WithDefault("sandbox-secret-key")
  Secret secretKey();

  /**
   * Which Numbers API the account speaks: {@code v2} (numbers, routes, E911, CNAM) or the legacy
   * {@code v1} (HMAC-signed; numbers and routes only, §9).
   */
  @WithDefault("v2")
  NumbersApi numbersApi();

  /**
   * The longest one synchronous call (numbers, routes, E911, CNAM) may take, its retries included,
   * before it is answered {@code flowroute-unavailable}; one page of a listing is one call.
   */
  @WithDefault("15S")
  Duration callTimeout();

  /** The circuit breaker in front of the synchronous calls (not the dispatcher's sends). */
  CircuitBreaker circuitBreaker();

  /** When the breaker opens, and for how long it answers at once without calling Flowroute. */
  interface CircuitBreaker {

    /** How many of the latest calls are judged together; fewer never open the breaker. */
    @WithDefault("10")
    int requestVolumeThreshold();

    /** The share of failed calls among them (0 to 1) that opens the breaker. */
    @WithDefault("0.5")
    double failureRatio();

    /**
     * How long an open breaker answers {@code flowroute-circuit-open} (and the {@code Retry-After}
     * it gives) before it lets a trial call through.
     */
    @WithDefault("10S")
    Duration delay();

    /** Successful trial calls that close it again. */
    @WithDefault("1")
    int successThreshold();
  }

  /** A Numbers API version ({@code v1}, {@code v2}: SmallRye reads enums in any case). */
  enum NumbersApi {
    V1,
    V2
  }
}
