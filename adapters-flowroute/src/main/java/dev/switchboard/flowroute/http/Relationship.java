package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A JSON:API relationship of a Flowroute resource. Its {@code data} stays a tree: a to-one
 * relationship holds an identifier, a to-many one an array, and Flowroute's resources carry
 * relationships of both kinds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Relationship(JsonNode data) {

  /** The id of the related resource of a to-one relationship, empty when there is none. */
  public static Optional<String> idOf(Relationship relationship) {
    return relationship == null ? Optional.empty() : FlowrouteJson.text(relationship.data(), "id");
  }

  /** A resource identifier; also the whole of a resource that has only an id (an area code). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Identifier(String type, String id) {}
}
