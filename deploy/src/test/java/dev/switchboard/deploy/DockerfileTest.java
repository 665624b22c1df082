package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.deploy.support.Repo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The image runs the fast-jar as the user, on the port, that the Deployment expects. */
class DockerfileTest {

  private static final List<String> INSTRUCTIONS = instructions(Repo.read(Repo.DOCKERFILE));

  @Test
  void builds_on_a_java_17_jre() {
    assertThat(only("FROM")).matches("eclipse-temurin:17(\\.[0-9.]+)?-jre(-[a-z]+)?");
  }

  @Test
  void copies_the_fast_jar_layout_dependencies_first() {
    List<String> copies = all("COPY");

    assertThat(copies)
        .containsExactly(
            "lib/ /deployments/lib/",
            "quarkus-run.jar /deployments/",
            "quarkus/ /deployments/quarkus/",
            "app/ /deployments/app/");
    assertThat(only("ENTRYPOINT")).contains("-jar", "/deployments/quarkus-run.jar");
  }

  @Test
  void starts_with_an_appcds_archive_written_by_the_images_own_jvm_for_the_same_jar_path() {
    String archive = "/deployments/app-cds.jsa";

    assertThat(all("RUN"))
        .anySatisfy(
            run ->
                assertThat(run)
                    .contains("-XX:ArchiveClassesAtExit=" + archive)
                    .contains("-Dquarkus.appcds.generate=true")
                    .contains("-jar /deployments/quarkus-run.jar"));
    assertThat(all("COPY")).noneMatch(copy -> copy.contains("app-cds.jsa"));
    assertThat(only("ENTRYPOINT"))
        .contains(
            "\"-XX:SharedArchiveFile="
                + archive
                + "\", \"-jar\", \"/deployments/quarkus-run.jar\"");
  }

  @Test
  void runs_as_the_non_root_user_of_the_deployment() {
    String user = only("USER");
    Long runAsUser =
        Fixtures.app()
            .get(0)
            .deployment()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getSecurityContext()
            .getRunAsUser();

    assertThat(user).matches("[0-9]+");
    assertThat(Long.parseLong(user)).isNotZero().isEqualTo(runAsUser);
  }

  @Test
  void exposes_the_applications_ports_and_sizes_the_heap_from_the_container_limit() {
    assertThat(only("EXPOSE").split("\\s+"))
        .containsExactly(
            Fixtures.APP.defaultOf("quarkus.http.port").orElseThrow(),
            Fixtures.APP.defaultOf("quarkus.management.port").orElseThrow());
    assertThat(all("ENV"))
        .anySatisfy(env -> assertThat(env).contains("JAVA_TOOL_OPTIONS=\"-XX:MaxRAMPercentage="));
  }

  @Test
  void documents_the_build_command() {
    assertThat(Repo.read(Repo.DOCKERFILE))
        .contains("docker build -f deploy/docker/Dockerfile.jvm")
        .contains("api/target/quarkus-app");
    assertThat(Repo.read(Repo.README)).contains("docker build -f deploy/docker/Dockerfile.jvm");
  }

  private static String only(String instruction) {
    List<String> found = all(instruction);
    assertThat(found).as(instruction).hasSize(1);
    return found.get(0);
  }

  private static List<String> all(String instruction) {
    return INSTRUCTIONS.stream()
        .filter(i -> i.startsWith(instruction + " "))
        .map(i -> i.substring(instruction.length() + 1).trim())
        .toList();
  }

  /** The instructions, continuation lines joined, comments dropped. */
  private static List<String> instructions(String dockerfile) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") || trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
      } else {
        current.append(trimmed);
        out.add(current.toString());
        current.setLength(0);
      }
    }
    return out;
  }
}
