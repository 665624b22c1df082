package dev.switchboard.persistence;

import dev.switchboard.sandbox.SandboxPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a real PostgreSQL server (the sandbox's embedded one) for the tests of this module, and
 * injects it into test fields of its type (to freeze it).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private SandboxPostgres postgres;

  @Override
  public Map<String, String> start() {
    try {
      postgres = SandboxPostgres.start(0, null, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
        "quarkus.datasource.username", SandboxPostgres.USER,
        "quarkus.datasource.password", SandboxPostgres.PASSWORD);
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(postgres, new TestInjector.MatchesType(SandboxPostgres.class));
  }

  @Override
  public void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
