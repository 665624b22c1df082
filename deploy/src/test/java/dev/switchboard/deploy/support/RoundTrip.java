package dev.switchboard.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds what a model lost when it read a manifest: every value of the input must come back when the
 * model is written out again. Catches what the mapper alone lets through, such as an enum value the
 * model maps to null instead of refusing it.
 */
public final class RoundTrip {

  private RoundTrip() {}

  /** The paths of the input whose value the output does not have. */
  public static List<String> lost(JsonNode input, JsonNode output) {
    List<String> lost = new ArrayList<>();
    compare("", input, output, lost);
    return lost;
  }

  private static void compare(String path, JsonNode input, JsonNode output, List<String> lost) {
    if (output == null || output.isMissingNode() || output.isNull() && !input.isNull()) {
      lost.add(path.isEmpty() ? "/" : path);
    } else if (input.isObject()) {
      if (!output.isObject()) {
        lost.add(path);
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = input.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        compare(path + "/" + field.getKey(), field.getValue(), output.get(field.getKey()), lost);
      }
    } else if (input.isArray()) {
      if (!output.isArray() || output.size() != input.size()) {
        lost.add(path);
        return;
      }
      for (int i = 0; i < input.size(); i++) {
        compare(path + "/" + i, input.get(i), output.get(i), lost);
      }
    } else if (!sameScalar(input, output)) {
      lost.add(path + " (" + input + " became " + output + ")");
    }
  }

  private static boolean sameScalar(JsonNode input, JsonNode output) {
    if (input.isNumber() && output.isNumber()) {
      return input.decimalValue().compareTo(output.decimalValue()) == 0;
    }
    return input.equals(output);
  }
}
