package dev.switchboard.deploy;

import static dev.switchboard.deploy.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.deploy.support.ConfigMappingScanner;
import dev.switchboard.deploy.support.Setting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The source scan finds the keys the application reads, the way SmallRye Config names them. */
class ConfigScanTest {

  @Test
  void reads_nested_groups_defaults_names_optionals_credentials_and_injected_properties() {
    String source =
        """
        @ConfigMapping(prefix = "demo.part")
        public interface DemoConfig {
          /** A URL: "//" in a default is not a comment. */
          @WithDefault("http://127.0.0.1:1") // trailing comment
          URI baseUrl();

          Secret apiKey();

          Optional<String> publicUrl();

          Optional<String> saslJaasConfig();

          Optional<String> truststorePassword();

          @WithName("renamed")
          int something();

          Retry retry();

          default String derived() { return "x"; }

          interface Retry {
            @WithDefault("3")
            int maxAttempts();
          }
        }
        class Other {
          Other(@ConfigProperty(name = "other.key", defaultValue = "v") String v,
                @ConfigProperty(name = "needed.key") String n) {}
        }
        """;

    List<Setting> settings = ConfigMappingScanner.scan(source);

    assertThat(settings)
        .containsExactlyInAnyOrder(
            new Setting("demo.part.base-url", Optional.of("http://127.0.0.1:1"), false, false),
            new Setting("demo.part.api-key", Optional.empty(), true, true),
            new Setting("demo.part.public-url", Optional.empty(), false, false),
            new Setting("demo.part.sasl-jaas-config", Optional.empty(), false, true),
            new Setting("demo.part.truststore-password", Optional.empty(), false, true),
            new Setting("demo.part.renamed", Optional.empty(), true, false),
            new Setting("demo.part.retry.max-attempts", Optional.of("3"), false, false),
            new Setting("other.key", Optional.of("v"), false, false),
            new Setting("needed.key", Optional.empty(), true, false));
  }

  @Test
  void finds_the_applications_own_keys() {
    assertThat(APP.get("switchboard.dispatcher.retry.max-attempts"))
        .map(Setting::defaultValue)
        .contains(Optional.of("10"));
    assertThat(APP.get("switchboard.flowroute.secret-key")).map(Setting::secret).contains(true);
    assertThat(APP.get("kafka.sasl.jaas.config")).map(Setting::secret).contains(true);
    assertThat(APP.get("kafka.security.protocol")).map(Setting::secret).contains(false);
    assertThat(APP.get("switchboard.events.topics.inbound").flatMap(Setting::defaultValue))
        .contains("switchboard.messages.inbound.v1");
    assertThat(APP.get("kafka.bootstrap.servers").map(Setting::required)).contains(false);
    assertThat(APP.byEnvName("SWITCHBOARD_WEBHOOKS_PUBLIC_BASE_URL")).isPresent();
    assertThat(APP.byEnvName("SWITCHBOARD_NO_SUCH_SETTING")).isEmpty();
  }

  @Test
  void env_names_follow_smallrye_config() {
    assertThat(Setting.envName("quarkus.datasource.jdbc.max-size"))
        .isEqualTo("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
    assertThat(Setting.envName("quarkus.log.category.\"org.apache.kafka\".level"))
        .isEqualTo("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL");
  }
}
