package dev.switchboard.sandbox.emulator.messaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** Media items of inbound MMS, each a small generated PNG served at {@code /sandbox/media/{id}}. */
public final class MediaStore {

  private final byte[] png = generatePng();
  private final Map<String, byte[]> items = new ConcurrentHashMap<>();

  /** Registers a media id and returns its size in bytes. */
  int add(String id) {
    items.put(id, png);
    return png.length;
  }

  public Optional<byte[]> get(String id) {
    return Optional.ofNullable(items.get(id));
  }

  public void clear() {
    items.clear();
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
