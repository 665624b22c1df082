package dev.switchboard.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The part of Kubernetes' strategic merge patch that the overlays use: mappings merge key by key, a
 * null deletes, lists of containers, env vars and volumes merge by name, every other list is
 * replaced. Patch directives ({@code $patch} and the like) are refused rather than misread.
 */
public final class StrategicMerge {

  /** The lists that Kubernetes merges by their {@code name}; the others are replaced. */
  private static final Set<String> MERGED_BY_NAME =
      Set.of("containers", "initContainers", "env", "volumes");

  private StrategicMerge() {}

  /** Applies {@code patch} to {@code target} in place. */
  public static void apply(ObjectNode target, ObjectNode patch) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.startsWith("$")) {
        throw new ManifestException("patch directive " + key + " is not supported");
      }
      JsonNode current = target.get(key);
      if (value.isNull()) {
        target.remove(key);
      } else if (value.isObject() && current != null && current.isObject()) {
        apply((ObjectNode) current, (ObjectNode) value);
      } else if (value.isArray()
          && current != null
          && current.isArray()
          && MERGED_BY_NAME.contains(key)) {
        mergeByName(key, (ArrayNode) current, (ArrayNode) value);
      } else {
        target.set(key, value.deepCopy());
      }
    }
  }

  private static void mergeByName(String list, ArrayNode current, ArrayNode patch) {
    for (JsonNode item : patch) {
      String name = item.path("name").asText(null);
      if (!item.isObject() || name == null) {
        throw new ManifestException("every item of a patched " + list + " needs a name");
      }
      ObjectNode existing = null;
      for (JsonNode candidate : current) {
        if (name.equals(candidate.path("name").asText(null))) {
          existing = (ObjectNode) candidate;
        }
      }
      if (existing == null) {
        current.add(item.deepCopy());
      } else {
        apply(existing, (ObjectNode) item);
      }
    }
  }
}
