package dev.switchboard.api.console;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds an installed browser or driver on the PATH, or null. */
final class Browsers {

  private Browsers() {}

  static Path find(String... names) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
