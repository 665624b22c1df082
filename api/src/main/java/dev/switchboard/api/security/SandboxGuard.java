package dev.switchboard.api.security;

import dev.switchboard.flowroute.http.FlowrouteConfig;
import dev.switchboard.flowroute.messaging.webhook.WebhookConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a process outside the sandbox that still has one of the sandbox's well-known
 * credentials (the API's and the console's sign-in), or no token audience ({@link
 * SandboxOnlyValues}).
 */
@ApplicationScoped
public class SandboxGuard {

  private final SandboxConfig sandbox;
  private final WebhookConfig webhooks;
  private final FlowrouteConfig flowroute;
  private final Optional<String> jwksLocation;
  private final Optional<String> issuer;
  private final Optional<String> audiences;
  private final SandboxOnlyValues.ConsoleOidc console;

  public SandboxGuard(
      SandboxConfig sandbox,
      WebhookConfig webhooks,
      FlowrouteConfig flowroute,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> jwksLocation,
      @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
      @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<String> audiences,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> consoleProvider,
      @ConfigProperty(name = "quarkus.oidc.client-id") Optional<String> consoleClient,
      @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> consoleSecret) {
    this.sandbox = sandbox;
    this.webhooks = webhooks;
    this.flowroute = flowroute;
    this.jwksLocation = jwksLocation;
    this.issuer = issuer;
    this.audiences = audiences;
    this.console = new SandboxOnlyValues.ConsoleOidc(consoleProvider, consoleClient, consoleSecret);
  }

  void onStart(@Observes StartupEvent start) {
    if (sandbox.enabled()) {
      return;
    }
    List<String> refusals =
        SandboxOnlyValues.refusals(
            new SandboxOnlyValues.Settings(
                webhooks.secret().reveal(),
                flowroute.accessKey().reveal(),
                flowroute.secretKey().reveal(),
                jwksLocation,
                issuer,
                audiences,
                console));
    if (!refusals.isEmpty()) {
      throw new IllegalStateException(
          "refusing to start outside the sandbox (switchboard.sandbox.enabled is false): "
              + String.join("; ", refusals));
    }
  }
}
