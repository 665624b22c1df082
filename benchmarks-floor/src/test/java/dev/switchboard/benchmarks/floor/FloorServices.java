package dev.switchboard.benchmarks.floor;

import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The floor's services for its test: a real PostgreSQL, a Kafka broker, and the emulator for the
 * JWT keys the floor verifies tokens with, as the harness gives them.
 */
public class FloorServices implements QuarkusTestResourceLifecycleManager {

  static final String WEBHOOK_SECRET = "floor-test-secret";

  private SandboxPostgres postgres;
  private SandboxKafka kafka;
  private FlowrouteEmulator emulator;

  @Override
  public Map<String, String> start() {
    try {
      postgres = SandboxPostgres.start(0, null, false);
      kafka = SandboxKafka.start(0, null);
      emulator = FlowrouteEmulator.start(EmulatorConfig.defaults().withPort(0));
    } catch (Exception e) {
      stop();
      throw new IllegalStateException("could not start the floor's services", e);
    }
    return Map.of(
        "floor.jdbc-url", postgres.jdbcUrl(),
        "floor.bootstrap-servers", kafka.bootstrapServers(),
        "floor.webhook-secret", WEBHOOK_SECRET,
        "mp.jwt.verify.publickey.location", emulator.url() + "/sandbox/jwks",
        "mp.jwt.verify.issuer", emulator.config().jwtIssuer());
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(emulator, new TestInjector.MatchesType(FlowrouteEmulator.class));
    testInjector.injectIntoFields(postgres, new TestInjector.MatchesType(SandboxPostgres.class));
  }

  @Override
  public void stop() {
    if (emulator != null) {
      emulator.close();
    }
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
