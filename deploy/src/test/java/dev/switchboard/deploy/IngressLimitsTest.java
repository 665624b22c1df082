package dev.switchboard.deploy;

import static dev.switchboard.deploy.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.deploy.support.Readme;
import dev.switchboard.deploy.support.Rendered;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The webhook Ingress does not throttle Flowroute: no limit per source address (Flowroute sends
 * every webhook of the account from a few addresses), and a body limit above the application's, so
 * that the application answers an oversized body with its own 413 problem.
 */
class IngressLimitsTest {

  private static final String NGINX = "nginx.ingress.kubernetes.io/";

  /** ingress-nginx's limits per client address. */
  private static final List<String> PER_ADDRESS =
      List.of(
          "limit-rps", "limit-rpm", "limit-connections", "limit-burst-multiplier", "limit-rate");

  static List<Rendered> rendered() {
    return Fixtures.app();
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_webhook_ingress_has_no_limit_per_source_address(Rendered rendered) {
    Map<String, String> annotations = rendered.one(Ingress.class).getMetadata().getAnnotations();

    assertThat(annotations.keySet())
        .noneMatch(name -> PER_ADDRESS.stream().anyMatch(limit -> name.equals(NGINX + limit)));
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_ingress_body_limit_is_above_the_applications(Rendered rendered) {
    String ingress =
        rendered.one(Ingress.class).getMetadata().getAnnotations().get(NGINX + "proxy-body-size");
    String application = APP.defaultOf("switchboard.http.max-body-size").orElseThrow();

    assertThat(ingress).isNotNull();
    assertThat(bytes(ingress)).isGreaterThan(bytes(application));
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_readme_names_the_limits_that_remain(Rendered rendered) {
    String readme = Readme.text();
    assertThat(readme).contains("Ingress limits").contains("proxy-body-size");
    assertThat(readme).contains("switchboard.http.max-body-size");
  }

  /** nginx and Quarkus sizes: a number with an optional k/m/g suffix (either case). */
  static long bytes(String size) {
    String text = size.strip().toLowerCase(Locale.ROOT);
    long unit =
        switch (text.charAt(text.length() - 1)) {
          case 'k' -> 1024L;
          case 'm' -> 1024L * 1024;
          case 'g' -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
    return Long.parseLong(digits) * unit;
  }
}
