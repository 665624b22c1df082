package dev.switchboard.deploy.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads manifest files into JSON trees and strictly into the Kubernetes and Strimzi models. */
public final class Manifests {

  private static final ObjectMapper YAML = StrictYaml.mapper();

  private Manifests() {}

  /** Every document of a YAML file (empty documents skipped), each checked to be a mapping. */
  public static List<ObjectNode> trees(Path file) {
    try {
      return trees(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new ManifestException("cannot read " + file, e);
    }
  }

  /** Every document of a YAML text; {@code origin} names it in errors. */
  public static List<ObjectNode> trees(String yaml, String origin) {
    List<ObjectNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNextValue()) {
        JsonNode document = it.nextValue();
        if (document == null || document.isNull() || document.isMissingNode()) {
          continue;
        }
        if (!document.isObject()) {
          throw new ManifestException(origin + ": a document is not a mapping");
        }
        documents.add((ObjectNode) document);
      }
    } catch (IOException e) {
      throw new ManifestException(origin + " is not valid YAML", e);
    }
    return documents;
  }

  /** A manifest as its model class; unknown kinds, unknown fields and wrong types fail. */
  public static HasMetadata typed(ObjectNode tree, String origin) {
    String apiVersion = tree.path("apiVersion").asText("");
    String kind = tree.path("kind").asText("");
    Class<? extends HasMetadata> type =
        ManifestKinds.of(apiVersion, kind)
            .orElseThrow(
                () ->
                    new ManifestException(
                        origin + ": unsupported apiVersion/kind " + apiVersion + "/" + kind));
    try {
      HasMetadata resource = YAML.treeToValue(tree, type);
      if (resource.getMetadata() == null || resource.getMetadata().getName() == null) {
        throw new ManifestException(origin + ": " + kind + " without metadata.name");
      }
      List<String> lost = RoundTrip.lost(tree, YAML.valueToTree(resource));
      if (!lost.isEmpty()) {
        throw new ManifestException(
            origin
                + ": "
                + kind
                + " "
                + resource.getMetadata().getName()
                + " has values its model does not keep: "
                + lost);
      }
      return resource;
    } catch (JsonProcessingException e) {
      throw new ManifestException(origin + ": " + kind + " does not match its schema", e);
    }
  }

  /** Every document of a file, typed. */
  public static List<HasMetadata> typed(Path file) {
    List<HasMetadata> resources = new ArrayList<>();
    for (ObjectNode tree : trees(file)) {
      resources.add(typed(tree, file.toString()));
    }
    return resources;
  }

  /** Any tree as a model class, strictly (for parts such as a Kustomization). */
  public static <T> T as(JsonNode tree, Class<T> type, String origin) {
    try {
      return YAML.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw new ManifestException(origin + " does not match " + type.getSimpleName(), e);
    }
  }
}
