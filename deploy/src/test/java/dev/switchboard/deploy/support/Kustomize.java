package dev.switchboard.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization directory the way {@code kubectl kustomize} does, for the subset of
 * Kustomize the deployment uses: {@code resources} (files and directories), {@code patches} by path
 * (strategic merge), {@code namespace} and {@code images}. Any other field fails, so that the tests
 * never check something other than what Kustomize would produce.
 */
public final class Kustomize {

  private static final Set<String> SUPPORTED =
      Set.of("apiVersion", "kind", "resources", "patches", "namespace", "images");
  private static final Set<String> SUPPORTED_IMAGE = Set.of("name", "newName", "newTag");

  private Kustomize() {}

  /** The resources of a kustomization directory, patched, as typed-checkable trees. */
  public static List<ObjectNode> render(Path directory) {
    Path file = directory.resolve("kustomization.yaml");
    if (!Files.isRegularFile(file)) {
      throw new ManifestException(directory + " has no kustomization.yaml");
    }
    List<ObjectNode> documents = Manifests.trees(file);
    if (documents.size() != 1) {
      throw new ManifestException(file + " must hold one document");
    }
    ObjectNode tree = documents.get(0);
    Kustomization kustomization = Manifests.as(tree, Kustomization.class, file.toString());
    checkSupported(tree, file);
    if (!"Kustomization".equals(kustomization.getKind())
        || !"kustomize.config.k8s.io/v1beta1".equals(kustomization.getApiVersion())) {
      throw new ManifestException(file + " is not a kustomize.config.k8s.io/v1beta1 Kustomization");
    }

    List<ObjectNode> resources = new ArrayList<>();
    for (String resource : kustomization.getResources()) {
      Path path = directory.resolve(resource).normalize();
      if (Files.isDirectory(path)) {
        resources.addAll(render(path));
      } else {
        for (ObjectNode document : Manifests.trees(path)) {
          Manifests.typed(document, path.toString());
          resources.add(document);
        }
      }
    }
    checkUnique(resources, file);
    for (var patch : kustomization.getPatches()) {
      Path path = directory.resolve(patch.getPath()).normalize();
      List<ObjectNode> patchDocuments = Manifests.trees(path);
      if (patchDocuments.size() != 1) {
        throw new ManifestException(path + ": a patch file holds exactly one patch");
      }
      ObjectNode patchTree = patchDocuments.get(0);
      StrategicMerge.apply(target(resources, patchTree, path), patchTree);
    }
    if (kustomization.getNamespace() != null) {
      for (ObjectNode resource : resources) {
        ((ObjectNode) resource.get("metadata")).put("namespace", kustomization.getNamespace());
      }
    }
    for (var image : kustomization.getImages()) {
      setImage(resources, image.getName(), image.getNewName(), image.getNewTag());
    }
    return resources;
  }

  private static void checkSupported(ObjectNode tree, Path file) {
    Iterator<String> names = tree.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!SUPPORTED.contains(name)) {
        throw new ManifestException(file + ": kustomization field " + name + " is not supported");
      }
    }
    for (JsonNode patch : tree.path("patches")) {
      Iterator<String> fields = patch.fieldNames();
      while (fields.hasNext()) {
        String field = fields.next();
        if (!"path".equals(field)) {
          throw new ManifestException(file + ": patch field " + field + " is not supported");
        }
      }
    }
    for (JsonNode image : tree.path("images")) {
      Iterator<String> fields = image.fieldNames();
      while (fields.hasNext()) {
        String field = fields.next();
        if (!SUPPORTED_IMAGE.contains(field)) {
          throw new ManifestException(file + ": image field " + field + " is not supported");
        }
      }
    }
  }

  private static void checkUnique(List<ObjectNode> resources, Path file) {
    Set<String> seen = new java.util.HashSet<>();
    for (ObjectNode resource : resources) {
      if (!seen.add(id(resource))) {
        throw new ManifestException(file + ": " + id(resource) + " is defined twice");
      }
    }
  }

  /** The one resource a patch applies to, by group, kind and name, as Kustomize matches it. */
  private static ObjectNode target(List<ObjectNode> resources, ObjectNode patch, Path path) {
    List<ObjectNode> matches =
        resources.stream().filter(resource -> id(resource).equals(id(patch))).toList();
    if (matches.size() != 1) {
      throw new ManifestException(path + ": the patch matches no resource: " + id(patch));
    }
    return matches.get(0);
  }

  private static String id(ObjectNode resource) {
    String apiVersion = resource.path("apiVersion").asText();
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    return group
        + "/"
        + resource.path("kind").asText()
        + "/"
        + resource.path("metadata").path("name").asText();
  }

  private static void setImage(
      List<ObjectNode> resources, String name, String newName, String newTag) {
    for (ObjectNode resource : resources) {
      JsonNode podSpec = resource.path("spec").path("template").path("spec");
      for (String list : List.of("containers", "initContainers")) {
        for (JsonNode container : podSpec.path(list)) {
          String image = container.path("image").asText("");
          if (imageName(image).equals(name)) {
            String repository = newName == null ? imageName(image) : newName;
            String tag = newTag == null ? "" : ":" + newTag;
            ((ObjectNode) container).put("image", repository + tag);
          }
        }
      }
    }
  }

  /** An image reference without its tag or digest. */
  static String imageName(String image) {
    String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int slash = withoutDigest.lastIndexOf('/');
    int colon = withoutDigest.lastIndexOf(':');
    return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
  }
}
