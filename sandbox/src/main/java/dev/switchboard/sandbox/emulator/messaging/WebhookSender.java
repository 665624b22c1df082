package dev.switchboard.sandbox.emulator.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * POSTs webhooks as Flowroute does (§7.1): JSON, success only on 200, otherwise sent again a
 * configured number of times at a fixed interval.
 */
public final class WebhookSender {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final ScheduledExecutorService scheduler;
  private final BooleanSupplier dropCallbacks;
  private final int retries;
  private final Duration interval;
  private final Map<String, WebhookDelivery> deliveries = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  public WebhookSender(
      ScheduledExecutorService scheduler,
      BooleanSupplier dropCallbacks,
      int retries,
      Duration interval) {
    this.scheduler = scheduler;
    this.dropCallbacks = dropCallbacks;
    this.retries = retries;
    this.interval = interval;
  }

  /** Starts delivering {@code json} to {@code url}; returns at once. */
  void send(String id, String kind, String url, byte[] json) {
    deliveries.put(id, new WebhookDelivery(id, kind, url, 0, false, "pending"));
    if (dropCallbacks.getAsBoolean()) {
      deliveries.put(id, new WebhookDelivery(id, kind, url, 0, false, "dropped"));
      return;
    }
    attempt(id, kind, url, json, 1, generation.get());
  }

  private void attempt(
      String id, String kind, String url, byte[] json, int attempt, long startedIn) {
    if (startedIn != generation.get()) {
      return; // cleared since: a reset emulator forgets pending re-sends
    }
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("User-Agent", "switchboard-flowroute-emulator")
              .POST(HttpRequest.BodyPublishers.ofByteArray(json))
              .build();
    } catch (IllegalArgumentException e) {
      deliveries.put(id, new WebhookDelivery(id, kind, url, attempt, false, "error: bad URL"));
      return;
    }
    client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              String status =
                  failure == null
                      ? String.valueOf(response.statusCode())
                      : "error: " + rootCause(failure).getClass().getSimpleName();
              boolean ok = failure == null && response.statusCode() == 200;
              deliveries.put(id, new WebhookDelivery(id, kind, url, attempt, ok, status));
              if (!ok && attempt <= retries) {
                schedule(() -> attempt(id, kind, url, json, attempt + 1, startedIn), interval);
              }
            });
  }

  private void schedule(Runnable task, Duration delay) {
    if (!scheduler.isShutdown()) {
      scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  Optional<WebhookDelivery> delivery(String id) {
    return Optional.ofNullable(deliveries.get(id));
  }

  public List<WebhookDelivery> all() {
    return List.copyOf(deliveries.values());
  }

  public void clear() {
    generation.incrementAndGet();
    deliveries.clear();
  }
}
