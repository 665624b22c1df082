package dev.switchboard.deploy.support;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A file a container reads from a Secret volume (a truststore, a key): which Secret key it is, and
 * what is wrong with how it is mounted.
 *
 * @param secretName the Secret the file comes from
 * @param secretKey the key of that Secret whose value is the file
 */
public record MountedFile(String secretName, String secretKey) {

  /** The Secret key mounted at {@code path} in the container, or the reasons there is none. */
  public static Result at(PodSpec pod, Container container, String path) {
    List<String> problems = new ArrayList<>();
    VolumeMount mount =
        container.getVolumeMounts().stream()
            .filter(m -> path.startsWith(m.getMountPath().replaceAll("/+$", "") + "/"))
            .findFirst()
            .orElse(null);
    if (mount == null) {
      return Result.failed(path + " is on no volume mount");
    }
    if (!Boolean.TRUE.equals(mount.getReadOnly())) {
      problems.add(mount.getMountPath() + " is not mounted read-only");
    }
    String relative = path.substring(mount.getMountPath().replaceAll("/+$", "").length() + 1);
    Volume volume =
        pod.getVolumes().stream()
            .filter(v -> v.getName().equals(mount.getName()))
            .findFirst()
            .orElse(null);
    if (volume == null || volume.getSecret() == null) {
      problems.add(mount.getMountPath() + " is not a Secret volume");
      return new Result(Optional.empty(), problems);
    }
    // Without items every key of the Secret becomes a file of its own name.
    Optional<String> key =
        volume.getSecret().getItems().isEmpty()
            ? Optional.of(relative)
            : volume.getSecret().getItems().stream()
                .filter(i -> relative.equals(i.getPath()))
                .map(KeyToPath::getKey)
                .findFirst();
    if (key.isEmpty()) {
      problems.add("no item of Secret " + volume.getSecret().getSecretName() + " is " + relative);
    }
    return new Result(
        key.map(k -> new MountedFile(volume.getSecret().getSecretName(), k)), problems);
  }

  /**
   * What {@link #at} found.
   *
   * @param file the Secret key behind the path, if any
   * @param problems what is wrong with the mount; empty when it is right
   */
  public record Result(Optional<MountedFile> file, List<String> problems) {

    public Result {
      problems = List.copyOf(problems);
    }

    static Result failed(String problem) {
      return new Result(Optional.empty(), List.of(problem));
    }
  }
}
