package dev.switchboard.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the API's fast-jar is launched, the same for the sandbox and the benchmarks: from the jar's
 * directory, with the build's AppCDS archive when there is one.
 */
public final class ApiCommand {

  /** The class-data archive that {@code quarkus.package.jar.appcds.enabled} writes. */
  public static final String APP_CDS_ARCHIVE = "app-cds.jsa";

  private ApiCommand() {}

  /**
   * A process builder for {@code java [-XX:SharedArchiveFile=app-cds.jsa] -jar quarkus-run.jar},
   * run in the jar's directory: the archive records the class path as the build's training run saw
   * it (relative to that directory), and the JVM ignores an archive whose class path differs.
   */
  public static ProcessBuilder forJar(Path jar) {
    Path absolute = jar.toAbsolutePath();
    Path directory = absolute.getParent();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (usesAppCds(jar)) {
      command.add("-XX:SharedArchiveFile=" + APP_CDS_ARCHIVE);
    }
    command.add("-jar");
    command.add(absolute.getFileName().toString());
    return new ProcessBuilder(command).directory(directory.toFile());
  }

  /** Whether the build wrote an AppCDS archive beside the jar. */
  public static boolean usesAppCds(Path jar) {
    return Files.isRegularFile(jar.toAbsolutePath().resolveSibling(APP_CDS_ARCHIVE));
  }
}
