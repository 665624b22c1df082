package dev.switchboard.sandbox.emulator.messaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Media items of inbound MMS, each a small generated PNG served at {@code /sandbox/media/{id}}.
 * Like Flowroute's pre-signed storage links (reference section 7.3: temporary, "reported lifetime
 * about 7 days", UNCERTAIN), each link expires: {@link #DEFAULT_LIFETIME} after the message by
 * default (the emulator's own choice, short enough to be seen), and the media server can be taken
 * down to test what a copy does meanwhile.
 */
public final class MediaStore {

  /** How long a media link works unless {@link #setLifetime} says otherwise. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);

  /** What a link's GET finds. */
  public sealed interface Lookup {
    /** The medium. */
    record Found(byte[] content) implements Lookup {}

    /** The link's time is over (S3 answers 403 AccessDenied "Request has expired"). */
    record Expired() implements Lookup {}

    /** No such medium. */
    record Missing() implements Lookup {}

    /** The media server is down (503). */
    record Down() implements Lookup {}
  }

  private final byte[] png = generatePng();
  private final Map<String, byte[]> items = new ConcurrentHashMap<>();
  private volatile Duration lifetime = DEFAULT_LIFETIME;
  private volatile boolean down;

  /** Registers a media id and returns its size in bytes. */
  int add(String id) {
    items.put(id, png);
    return png.length;
  }

  /** The query of a new link to a medium: when it expires, in epoch seconds. */
  String expiringQuery(Instant now) {
    return "?expires=" + now.plus(lifetime).getEpochSecond();
  }

  public Optional<byte[]> get(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /** A link's GET at {@code now}, its {@code expires} parameter as given (null if none). */
  public Lookup lookup(String id, String expires, Instant now) {
    if (down) {
      return new Lookup.Down();
    }
    byte[] content = items.get(id);
    if (content == null) {
      return new Lookup.Missing();
    }
    if (expires == null || !expires.matches("[0-9]{1,12}")) {
      return new Lookup.Expired(); // an unsigned link is refused like an expired one
    }
    if (now.getEpochSecond() >= Long.parseLong(expires)) {
      return new Lookup.Expired();
    }
    return new Lookup.Found(content);
  }

  /** The lifetime of links made from now on. */
  public void setLifetime(Duration lifetime) {
    if (lifetime.isNegative()) {
      throw new IllegalArgumentException("a lifetime cannot be negative");
    }
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }

  /** Takes the media server down (every link answers 503) or brings it back. */
  public void setDown(boolean down) {
    this.down = down;
  }

  public boolean isDown() {
    return down;
  }

  public void clear() {
    items.clear();
    lifetime = DEFAULT_LIFETIME;
    down = false;
  }

  private static byte[] generatePng() {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2b6cb0));
    g.fillRect(0, 0, 32, 32);
    g.setColor(Color.WHITE);
    g.fillOval(8, 8, 16, 16);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
