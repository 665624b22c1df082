package dev.switchboard.flowroute.cnam.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteTimestamps;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import java.util.List;
import java.util.Optional;

/**
 * Reads Flowroute's CNAM documents (§5.1, §5.6, §5.7) into domain objects: space-separated Python
 * datetimes or ISO ones or null, {@code rejection_reason} null or empty for "none", ids as strings
 * or integers.
 */
final class FlowrouteCnamReader {

  private static final ObjectMapper JSON = FlowrouteJson.mapper();

  private FlowrouteCnamReader() {}

  /** The records of a page; one whose value our rules cannot hold is left out. */
  static List<CnamRecord> cnams(JsonApiCollection<CnamResource> document) {
    return document.readable(FlowrouteCnamReader::cnam);
  }

  /** One record; a record our rules cannot hold is reported as an unusable answer. */
  static CnamRecord readable(CnamResource resource) {
    return JsonApiDocument.readable(
        resource, "CNAM record", resource.id(), FlowrouteCnamReader::cnam);
  }

  /** One record resource, read by the domain's rules (which throw if it breaks them). */
  static CnamRecord cnam(CnamResource resource) {
    CnamResource.Attributes attributes = resource.attributesOrNone();
    String id =
        FlowrouteJson.text(resource.id())
            .orElseThrow(() -> JsonApiDocument.invalid("a CNAM record without an id"));
    Optional<String> rejection = FlowrouteJson.text(attributes.rejectionReason());
    return new CnamRecord(
        id,
        new CallerName(FlowrouteJson.text(attributes.value()).orElse(null)),
        status(Boolean.TRUE.equals(attributes.approved()), rejection),
        FlowrouteJson.text(attributes.creationDatetime()).flatMap(FlowrouteTimestamps::parse),
        FlowrouteJson.text(attributes.approvalDatetime()).flatMap(FlowrouteTimestamps::parse),
        rejection);
  }

  /**
   * Approved wins; a reason makes a refusal; anything else (including the empty reason of old
   * records) is still under review.
   */
  static CnamStatus status(boolean approved, Optional<String> rejectionReason) {
    if (approved) {
      return CnamStatus.APPROVED;
    }
    return rejectionReason.isPresent() ? CnamStatus.REJECTED : CnamStatus.PENDING;
  }

  /**
   * What a 202 says; an empty, odd or missing body is not an error (the call succeeded). The body
   * arrives as text for this reason and is only read for the log.
   */
  static CnamAcknowledgement acknowledgement(String body) {
    JsonNode data = null;
    try {
      data = body == null || body.isBlank() ? null : JSON.readTree(body).path("data");
    } catch (Exception notJson) {
      // nothing to read
    }
    if (data == null || !data.isObject()) {
      return new CnamAcknowledgement(Optional.empty(), Optional.empty());
    }
    return new CnamAcknowledgement(
        FlowrouteJson.text(data, "id"),
        FlowrouteJson.text(data.path("attributes"), "date_created")
            .flatMap(FlowrouteTimestamps::httpDate));
  }
}
