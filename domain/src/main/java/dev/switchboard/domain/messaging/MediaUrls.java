package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The media of an outbound MMS as the caller gave them: absolute http(s) URLs that Flowroute will
 * fetch itself, at most {@value #MAX_COUNT}, in the order given. Empty means an SMS.
 */
public record MediaUrls(List<URI> urls) {

  /**
   * Flowroute documents no maximum (its examples send one); ten is what the sandbox's emulator
   * accepts, and ten attachments already share the 750 kB payload of one MMS.
   */
  public static final int MAX_COUNT = 10;

  /** Longer URLs are refused by common proxies and CDNs, so Flowroute's fetch would fail later. */
  public static final int MAX_URL_LENGTH = 2000;

  public static final MediaUrls NONE = new MediaUrls(List.of());

  public MediaUrls {
    urls = urls == null ? List.of() : List.copyOf(urls);
    if (urls.size() > MAX_COUNT) {
      throw new ValidationException(
          ProblemType.TOO_MANY_MEDIA,
          "an MMS may carry at most " + MAX_COUNT + " media URLs, got " + urls.size());
    }
    for (URI url : urls) {
      requireValid(url, url.toString());
    }
  }

  /** Parses what a caller sent; null or empty means no media (an SMS). */
  public static MediaUrls parse(List<String> raw) {
    if (raw == null || raw.isEmpty()) {
      return NONE;
    }
    if (raw.size() > MAX_COUNT) {
      throw new ValidationException(
          ProblemType.TOO_MANY_MEDIA,
          "an MMS may carry at most " + MAX_COUNT + " media URLs, got " + raw.size());
    }
    List<URI> urls = new ArrayList<>(raw.size());
    for (String url : raw) {
      if (url == null || url.isBlank()) {
        throw invalid(String.valueOf(url), "is empty");
      }
      if (url.length() > MAX_URL_LENGTH) {
        throw invalid(
            url.substring(0, 40) + "...", "is longer than " + MAX_URL_LENGTH + " characters");
      }
      try {
        urls.add(new URI(url));
      } catch (URISyntaxException e) {
        throw invalid(url, "is not a URL");
      }
    }
    return new MediaUrls(urls);
  }

  public boolean isEmpty() {
    return urls.isEmpty();
  }

  /** The attachments of the message, with nothing known yet about their type or size. */
  public List<Media> toMedia() {
    return urls.stream().map(Media::of).toList();
  }

  private static void requireValid(URI url, String text) {
    if (text.length() > MAX_URL_LENGTH) {
      throw invalid(
          text.substring(0, 40) + "...", "is longer than " + MAX_URL_LENGTH + " characters");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw invalid(text, "is not an absolute http or https URL");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw invalid(text, "has no host name");
    }
  }

  private static ValidationException invalid(String url, String why) {
    return new ValidationException(
        ProblemType.INVALID_MEDIA_URL, "media URL \"" + url + "\" " + why);
  }
}
