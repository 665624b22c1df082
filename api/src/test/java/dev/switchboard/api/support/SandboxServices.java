package dev.switchboard.api.support;

import dev.switchboard.events.contract.EventType;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.control.ServiceSwitch;
import dev.switchboard.storage.S3ProxyServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the real services the application needs for its tests: PostgreSQL, a Kafka broker, the
 * Flowroute emulator and an S3-compatible server (S3Proxy) for inbound media, and injects them into
 * test fields of their type.
 */
public class SandboxServices implements QuarkusTestResourceLifecycleManager {

  /**
   * The application's test port (quarkus.http.test-port, set by the build from {@code -Dtest.port},
   * default 8081, so two builds on one machine need not share it), where the emulator sends
   * webhooks.
   */
  public static final String APP_URL =
      "http://127.0.0.1:" + Integer.getInteger("quarkus.http.test-port", 8081);

  public static final String WEBHOOK_SECRET = "test-webhook-secret";

  private SandboxPostgres postgres;
  private SandboxKafka kafka;
  private FlowrouteEmulator emulator;
  private S3ProxyServer s3;

  @Override
  public Map<String, String> start() {
    try {
      postgres = SandboxPostgres.start(0, null, false);
      kafka = SandboxKafka.start(0, null);
      // Made before the application starts, as the deployment makes them (see createTopics).
      kafka.createTopics(EventType.Topics.ALL, 1);
      // The application's tests keep inbound media in a real S3-compatible server.
      s3 = S3ProxyServer.start();
      String hooks = APP_URL + "/webhooks/flowroute/" + WEBHOOK_SECRET;
      emulator =
          FlowrouteEmulator.start(
              EmulatorConfig.defaults()
                  .withPort(0)
                  .withDlrDelay(Duration.ofMillis(50))
                  .withWebhookRetry(20, Duration.ofMillis(250))
                  .withAccountCallback(CallbackType.SMS_CALLBACK, hooks + "/sms")
                  .withAccountCallback(CallbackType.MMS_CALLBACK, hooks + "/mms")
                  .withAccountCallback(CallbackType.SMS_DLR_CALLBACK, hooks + "/dlr")
                  .withAccountCallback(CallbackType.MMS_DLR_CALLBACK, hooks + "/dlr"));
      // As the launcher does: tests cause outages through the emulator's /sandbox endpoints.
      emulator.controlService(
          "kafka", ServiceSwitch.of(kafka::stop, kafka::restart, kafka::isRunning));
      emulator.controlService(
          "postgres", ServiceSwitch.of(postgres::stop, postgres::restart, postgres::isRunning));
    } catch (Exception e) {
      stop();
      throw new IllegalStateException("could not start the sandbox services", e);
    }
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
    config.put("quarkus.datasource.username", SandboxPostgres.USER);
    config.put("quarkus.datasource.password", SandboxPostgres.PASSWORD);
    config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    config.put("switchboard.flowroute.base-url", emulator.url());
    config.put("mp.jwt.verify.publickey.location", emulator.url() + "/sandbox/jwks");
    config.put("quarkus.oidc.auth-server-url", emulator.url() + "/sandbox/oidc");
    // The console's cookies over the tests' plain http.
    config.put("quarkus.oidc.authentication.cookie-force-secure", "false");
    config.put("switchboard.webhooks.secret", WEBHOOK_SECRET);
    // The tests run with the sandbox's well-known Flowroute keys and JWKS.
    config.put("switchboard.sandbox.enabled", "true");
    config.put("switchboard.webhooks.public-base-url", APP_URL);
    config.put("switchboard.dispatcher.retry.initial-delay", "100ms");
    config.put("switchboard.dispatcher.retry.max-delay", "1s");
    // Uncertain sends are settled in about a second here (production waits 20 s, then 5 min).
    config.put("switchboard.dispatcher.uncertain-grace", "200ms");
    config.put("switchboard.dispatcher.settle-time", "1s");
    config.put("switchboard.dispatcher.lookup-interval", "200ms");
    config.put("switchboard.dispatcher.probe-interval", "1s");
    // Short enough for DispatcherFaultsTest to outlast with the emulator's latency.
    config.put("quarkus.rest-client.flowroute.read-timeout", "3000");
    // A breaker opened by a test lets a trial call through after 4 s rather than 10 (long enough
    // for the test to see it open on a loaded machine; not 5, the Retry-After of other 503s).
    config.put("switchboard.flowroute.circuit-breaker.delay", "4s");
    config.put("switchboard.events.relay.max-backoff", "1s");
    // Kafka outages in the tests outlast the producer's timeouts in seconds, not minutes.
    config.put("switchboard.events.publish-timeout", "3s");
    // The tests' media URLs are made up (media.example.com) or the emulator's own (127.0.0.1):
    // MediaCheckTest turns the media check on, with its own media server allowed.
    config.put("switchboard.messages.media-check.enabled", "false");
    // Tests reconcile on demand; a scheduled run would repair their drift before they look.
    config.put("switchboard.reconciliation.enabled", "false");
    // The same for the message reconciliation; a short window and grace so runs act at once.
    config.put("switchboard.message-reconciliation.enabled", "false");
    config.put("switchboard.message-reconciliation.window", "1m");
    config.put("switchboard.message-reconciliation.grace", "1s");
    config.put("switchboard.media.storage.kind", "s3");
    config.put("switchboard.media.storage.s3.endpoint", s3.endpoint().toString());
    config.put("switchboard.media.storage.s3.bucket", "switchboard-test-media");
    config.put("switchboard.media.storage.s3.path-style", "true");
    config.put("switchboard.media.storage.s3.access-key-id", S3ProxyServer.IDENTITY);
    config.put("switchboard.media.storage.s3.secret-access-key", S3ProxyServer.CREDENTIAL);
    config.put("switchboard.media.storage.s3.create-bucket", "true");
    // Two workers, as two replicas would, and back-off in tenths of a second.
    config.put("switchboard.media.archive.workers", "2");
    config.put("switchboard.media.archive.poll-interval", "100ms");
    config.put("switchboard.media.archive.retry.initial-delay", "100ms");
    config.put("switchboard.media.archive.retry.max-delay", "1s");
    config.put("switchboard.media.archive.retry.max-attempts", "10");
    return config;
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(emulator, new TestInjector.MatchesType(FlowrouteEmulator.class));
    testInjector.injectIntoFields(kafka, new TestInjector.MatchesType(SandboxKafka.class));
    testInjector.injectIntoFields(postgres, new TestInjector.MatchesType(SandboxPostgres.class));
    testInjector.injectIntoFields(s3, new TestInjector.MatchesType(S3ProxyServer.class));
  }

  @Override
  public void stop() {
    try {
      if (emulator != null) {
        emulator.close();
      }
      if (kafka != null) {
        kafka.close();
      }
      if (postgres != null) {
        postgres.close();
      }
      if (s3 != null) {
        s3.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the sandbox services", e);
    }
  }
}
