package dev.switchboard.storage;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaContent;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.port.out.MediaStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Media kept in a local directory (the sandbox's default): one file per key, with its content type
 * in a {@code .type} file beside it. Each file is written whole to a temporary name and moved into
 * place, so a reader never sees half a medium.
 */
public final class FilesystemMediaStore implements MediaStore {

  /** Keys are ours ({@code inbound/<id>/<n>}): plain segments, never {@code ..} or absolute. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private static final String TYPE_SUFFIX = ".type";

  private final Path root;

  public FilesystemMediaStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  public void put(String key, MediaBytes medium) throws MediaFetchException {
    Path file = file(key);
    try {
      Files.createDirectories(file.getParent());
      // The type first: a data file in place always has its type beside it.
      write(typeFile(file), medium.contentType().getBytes(StandardCharsets.UTF_8));
      write(file, medium.content());
    } catch (IOException e) {
      throw new MediaFetchException("the media directory could not be written", e);
    }
  }

  @Override
  public Optional<MediaContent> open(String key) throws MediaFetchException {
    Path file = file(key);
    try {
      InputStream stream = Files.newInputStream(file);
      try {
        long length = Files.size(file);
        String type = Files.readString(typeFile(file), StandardCharsets.UTF_8).strip();
        return Optional.of(new MediaContent(type, length, stream));
      } catch (IOException | RuntimeException e) {
        stream.close();
        throw e;
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new MediaFetchException("the media directory could not be read", e);
    }
  }

  private Path file(String key) {
    if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
      throw new IllegalArgumentException("not a media key: " + key);
    }
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root) || file.getFileName().toString().endsWith(TYPE_SUFFIX)) {
      throw new IllegalArgumentException("not a media key: " + key);
    }
    return file;
  }

  private static Path typeFile(Path file) {
    return file.resolveSibling(file.getFileName() + TYPE_SUFFIX);
  }

  private static void write(Path target, byte[] content) throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), ".part-", ".tmp");
    try {
      Files.write(temporary, content);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
