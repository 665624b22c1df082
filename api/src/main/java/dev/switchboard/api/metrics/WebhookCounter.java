package dev.switchboard.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Counts Flowroute's webhooks by kind and outcome. It tags by the last path segment only: the path
 * also holds the webhook secret, which must never reach a metric.
 */
@Provider
public class WebhookCounter implements ContainerResponseFilter {

  private static final List<String> KINDS = List.of("sms", "mms", "dlr");

  private final MeterRegistry registry;

  public WebhookCounter(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("/webhooks/flowroute/")) {
      return;
    }
    String[] segments = path.split("/");
    String last = segments[segments.length - 1];
    // A message's own receipt callback ends in .../dlr/{messageId}.
    String kind =
        KINDS.contains(last)
            ? last
            : segments.length > 1 && segments[segments.length - 2].equals("dlr") ? "dlr" : "other";
    int status = response.getStatus();
    String outcome = status < 300 ? "ok" : status < 500 ? "rejected" : "error";
    registry.counter("switchboard.webhooks", "kind", kind, "outcome", outcome).increment();
  }
}
