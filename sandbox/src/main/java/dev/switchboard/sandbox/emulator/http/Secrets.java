package dev.switchboard.sandbox.emulator.http;

import java.util.regex.Pattern;

/** Masks the webhook secret that Switchboard puts in its callback URLs. */
public final class Secrets {

  private static final Pattern WEBHOOK_SECRET =
      Pattern.compile("(/webhooks/flowroute/)[^/\"\\s?#]+");

  private Secrets() {}

  public static String maskWebhookSecret(String text) {
    return text == null ? null : WEBHOOK_SECRET.matcher(text).replaceAll("$1***");
  }
}
