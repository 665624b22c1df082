package dev.switchboard.flowroute.messaging.webhook;

import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.flowroute.http.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The callback URLs we give Flowroute, built from the public base URL and the webhook secret. */
public final class WebhookUrls {

  /** The path all Flowroute webhooks live under; the secret follows it. */
  public static final String ROOT = "/webhooks/flowroute/";

  private final Optional<String> base;
  private final Secret secret;

  public WebhookUrls(Optional<String> publicBaseUrl, Secret secret) {
    this.base =
        publicBaseUrl.map(String::strip).filter(url -> !url.isEmpty()).map(WebhookUrls::noSlash);
    this.secret = secret;
  }

  public static WebhookUrls of(WebhookConfig config) {
    return new WebhookUrls(config.publicBaseUrl(), config.secret());
  }

  public boolean configured() {
    return base.isPresent();
  }

  public Optional<String> sms() {
    return url("sms");
  }

  public Optional<String> mms() {
    return url("mms");
  }

  public Optional<String> dlr() {
    return url("dlr");
  }

  /**
   * The receipt callback of one message: its id in the path, so that every receipt of any send of
   * it names it, even before we learn Flowroute's id of that send.
   */
  public Optional<String> dlrOf(MessageId message) {
    return url("dlr/" + message.value());
  }

  /** Replaces the secret in a text, so that it can be logged. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    return text.replace(secret.reveal(), "****").replace(encodedSecret(), "****");
  }

  private Optional<String> url(String kind) {
    return base.map(b -> b + ROOT + encodedSecret() + "/" + kind);
  }

  private String encodedSecret() {
    return URLEncoder.encode(secret.reveal(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String noSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public String toString() {
    return "WebhookUrls[" + base.orElse("<none>") + ROOT + "****]";
  }
}
