package dev.switchboard.api.console;

import dev.switchboard.api.messages.MessageView;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Helpers the console's templates call, and the API records they render. */
@TemplateData(target = MessageView.class)
@TemplateData(target = MessageView.Failure.class)
@TemplateData(target = MessageView.MediaView.class)
@TemplateData(target = MessageView.ArchivedView.class)
@TemplateExtension
final class ConsoleTemplates {

  private static final Set<String> FINAL =
      Set.of("DELIVERED", "FAILED", "EXPIRED", "REJECTED", "CANCELED", "RECEIVED");

  private ConsoleTemplates() {}

  /** For a query parameter in a link ({@code &} and {@code +} of E.164 numbers encoded). */
  static String urlEncode(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A status's CSS class suffix. */
  static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }

  /** True for a status that no longer changes: the detail page stops refreshing it. */
  static boolean isFinalStatus(String status) {
    return FINAL.contains(status);
  }
}
