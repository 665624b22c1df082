package dev.switchboard.api.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the webhook secret out of traces: a webhook's path holds it ({@code
 * /webhooks/flowroute/<secret>/sms}), and the HTTP server span records the path as it came, so it
 * would reach whatever collector the spans are exported to. Each span's path attributes and name
 * get {@code {secret}} in its place as the span starts.
 */
@ApplicationScoped
public class WebhookSecretSpans implements SpanProcessor {

  private static final Pattern SECRET = Pattern.compile("(/webhooks/flowroute/)[^/?#]+");
  private static final String HIDDEN = "$1{secret}";

  private static final List<AttributeKey<String>> PATHS =
      List.of(
          AttributeKey.stringKey("url.path"),
          AttributeKey.stringKey("url.full"),
          AttributeKey.stringKey("http.target"),
          AttributeKey.stringKey("http.url"),
          AttributeKey.stringKey("http.route"));

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {
    for (AttributeKey<String> key : PATHS) {
      String value = span.getAttribute(key);
      if (value != null && SECRET.matcher(value).find()) {
        span.setAttribute(key, hide(value));
      }
    }
    if (SECRET.matcher(span.getName()).find()) {
      span.updateName(hide(span.getName()));
    }
  }

  @Override
  public boolean isStartRequired() {
    return true;
  }

  @Override
  public void onEnd(ReadableSpan span) {}

  @Override
  public boolean isEndRequired() {
    return false;
  }

  static String hide(String value) {
    return SECRET.matcher(value).replaceAll(HIDDEN);
  }
}
