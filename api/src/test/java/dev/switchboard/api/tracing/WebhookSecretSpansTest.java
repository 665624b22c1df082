package dev.switchboard.api.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSecretSpansTest {

  private final List<SpanData> exported = new ArrayList<>();

  private final SpanExporter recording =
      new SpanExporter() {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
          exported.addAll(spans);
          return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
          return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
          return CompletableResultCode.ofSuccess();
        }
      };

  @Test
  void a_webhook_span_is_exported_without_the_secret_in_its_path_or_name() {
    try (SdkTracerProvider provider =
        SdkTracerProvider.builder()
            .addSpanProcessor(new WebhookSecretSpans())
            .addSpanProcessor(SimpleSpanProcessor.create(recording))
            .build()) {
      Tracer tracer = provider.get("test");
      tracer
          .spanBuilder("POST /webhooks/flowroute/s3cr3t-value/sms")
          .setAttribute("url.path", "/webhooks/flowroute/s3cr3t-value/sms")
          .setAttribute("url.full", "http://api/webhooks/flowroute/s3cr3t-value/dlr?x=1")
          .setAttribute("http.request.method", "POST")
          .startSpan()
          .end();
      tracer
          .spanBuilder("GET /v1/messages")
          .setAttribute("url.path", "/v1/messages")
          .startSpan()
          .end();
    }

    assertThat(exported).hasSize(2);
    SpanData webhook = exported.get(0);
    assertThat(webhook.getName()).isEqualTo("POST /webhooks/flowroute/{secret}/sms");
    assertThat(webhook.getAttributes().get(AttributeKey.stringKey("url.path")))
        .isEqualTo("/webhooks/flowroute/{secret}/sms");
    assertThat(webhook.getAttributes().get(AttributeKey.stringKey("url.full")))
        .isEqualTo("http://api/webhooks/flowroute/{secret}/dlr?x=1");
    assertThat(webhook.toString()).doesNotContain("s3cr3t-value");
    assertThat(exported.get(1).getAttributes().get(AttributeKey.stringKey("url.path")))
        .isEqualTo("/v1/messages");
  }
}
