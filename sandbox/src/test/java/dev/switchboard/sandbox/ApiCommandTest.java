package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiCommandTest {

  @TempDir Path directory;

  @Test
  void launches_the_jar_from_its_directory_returning_idle_heap_and_letting_the_caller_override_it()
      throws Exception {
    Path jar = Files.createFile(directory.resolve("quarkus-run.jar"));

    ProcessBuilder builder = ApiCommand.forJar(jar, List.of("-XX:MaxHeapFreeRatio=70", "-Xmx1g"));

    List<String> command = builder.command();
    assertThat(builder.directory().toPath()).isEqualTo(directory.toAbsolutePath());
    assertThat(command.subList(1, command.size()))
        .containsSubsequence(
            "-XX:G1PeriodicGCInterval=1000",
            "-XX:MaxHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=70",
            "-Xmx1g",
            "-jar",
            "quarkus-run.jar");
    assertThat(command).doesNotContain("-XX:SharedArchiveFile=" + ApiCommand.APP_CDS_ARCHIVE);
  }

  @Test
  void uses_the_builds_class_data_archive_when_there_is_one() throws Exception {
    Path jar = Files.createFile(directory.resolve("quarkus-run.jar"));
    Files.createFile(directory.resolve(ApiCommand.APP_CDS_ARCHIVE));

    assertThat(ApiCommand.forJar(jar).command())
        .containsSubsequence("-XX:SharedArchiveFile=" + ApiCommand.APP_CDS_ARCHIVE, "-jar");
  }
}
