package dev.switchboard.flowroute.cnam.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.flowroute.Documents;
import dev.switchboard.flowroute.http.FlowrouteJson;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flowroute's documented CNAM documents (§5), read, and the request bodies we send. */
class CnamWireFormatTest {

  static final String PENDING =
      """
      {
        "type": "cnam",
        "id": "23454",
        "attributes": {
          "value": "FR H5K8",
          "is_approved": false,
          "approval_datetime": null,
          "creation_datetime": "2018-06-01 00:09:52.513092+00:00",
          "rejection_reason": null
        },
        "links": { "self": "https://api.flowroute.com/v2/cnams/23454" }
      }
      """;

  /** An old record (§5.1): null datetimes and an empty rejection reason. */
  static final String OLD =
      """
      {
        "type": "cnam",
        "id": "17604",
        "attributes": {
          "value": "TEST, MARIA",
          "is_approved": false,
          "approval_datetime": null,
          "creation_datetime": null,
          "rejection_reason": ""
        }
      }
      """;

  static final String ASSIGNED =
      """
      { "data": { "attributes": { "date_created": "Fri, 01 Jun 2018 00:17:52 GMT" }, "id": 17604, "type": "cnam" } }
      """;

  static final String UNASSIGNED =
      """
      { "data": { "attributes": { "date_created": "Fri, 01 Jun 2018 00:17:52 GMT" }, "id": null, "type": "cnam" } }
      """;

  private final ObjectMapper json = FlowrouteJson.mapper();

  @Test
  void reads_the_documented_pending_record() throws Exception {
    assertThat(FlowrouteCnamReader.cnam(Documents.resource(PENDING, CnamResource.class)))
        .isEqualTo(
            new CnamRecord(
                "23454",
                new CallerName("FR H5K8"),
                CnamStatus.PENDING,
                Optional.of(Instant.parse("2018-06-01T00:09:52.513092Z")),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void an_old_record_with_null_dates_and_an_empty_reason_is_pending_without_dates()
      throws Exception {
    CnamRecord old = FlowrouteCnamReader.cnam(Documents.resource(OLD, CnamResource.class));

    assertThat(old.status()).isEqualTo(CnamStatus.PENDING);
    assertThat(old.createdAt()).isEmpty();
    assertThat(old.approvedAt()).isEmpty();
    assertThat(old.rejectionReason()).isEmpty();
    assertThat(old.name()).isEqualTo(new CallerName("TEST, MARIA"));
  }

  @Test
  void an_approved_record_has_its_approval_date() throws Exception {
    String approved =
        """
        {"type":"cnam","id":23455,"attributes":{"value":"REGENCE INC","is_approved":true,
         "approval_datetime":"2018-04-16 16:20:32.939166+00:00",
         "creation_datetime":"2018-04-15 10:00:00.000001+00:00","rejection_reason":null}}
        """;

    CnamRecord record = FlowrouteCnamReader.cnam(Documents.resource(approved, CnamResource.class));

    assertThat(record.id()).isEqualTo("23455");
    assertThat(record.status()).isEqualTo(CnamStatus.APPROVED);
    assertThat(record.approvedAt()).contains(Instant.parse("2018-04-16T16:20:32.939166Z"));
  }

  @Test
  void a_record_with_a_reason_and_no_approval_is_rejected() throws Exception {
    String rejected =
        """
        {"type":"cnam","id":"23456","attributes":{"value":"Seattle Police","is_approved":false,
         "approval_datetime":null,"creation_datetime":"2018-04-15T10:00:00Z",
         "rejection_reason":"Misleading name"}}
        """;

    CnamRecord record = FlowrouteCnamReader.cnam(Documents.resource(rejected, CnamResource.class));

    assertThat(record.status()).isEqualTo(CnamStatus.REJECTED);
    assertThat(record.rejectionReason()).contains("Misleading name");
  }

  @ParameterizedTest
  @CsvSource({
    "2018-06-01 00:09:52.513092+00:00, 2018-06-01T00:09:52.513092Z",
    "2018-06-01T00:09:52.513092+00:00, 2018-06-01T00:09:52.513092Z",
    "2018-06-01T00:09:52Z, 2018-06-01T00:09:52Z",
    "2018-06-01 00:09:52, 2018-06-01T00:09:52Z"
  })
  void reads_datetimes_space_separated_or_iso(String wire, String instant) throws Exception {
    String record =
        """
        {"type":"cnam","id":"1","attributes":{"value":"ACME","is_approved":false,
         "creation_datetime":"%s"}}
        """
            .formatted(wire);

    assertThat(FlowrouteCnamReader.cnam(Documents.resource(record, CnamResource.class)).createdAt())
        .contains(Instant.parse(instant));
  }

  @Test
  void reads_the_202_assignment_answer_with_an_integer_id_and_an_http_date() {
    assertThat(FlowrouteCnamReader.acknowledgement(ASSIGNED))
        .isEqualTo(
            new CnamAcknowledgement(
                Optional.of("17604"), Optional.of(Instant.parse("2018-06-01T00:17:52Z"))));
  }

  @Test
  void reads_the_202_unassignment_answer_with_a_null_id() {
    assertThat(FlowrouteCnamReader.acknowledgement(UNASSIGNED))
        .isEqualTo(
            new CnamAcknowledgement(
                Optional.empty(), Optional.of(Instant.parse("2018-06-01T00:17:52Z"))));
  }

  @Test
  void an_empty_acknowledgement_is_not_an_error() {
    assertThat(FlowrouteCnamReader.acknowledgement(""))
        .isEqualTo(new CnamAcknowledgement(Optional.empty(), Optional.empty()));
  }

  @Test
  void sends_a_flat_value_to_create_and_an_envelope_to_update() throws Exception {
    CallerName name = new CallerName("FR H5K8");

    assertThat(json.readTree(FlowrouteJson.write(json, CnamCreateRequest.of(name))))
        .isEqualTo(json.readTree("{\"value\":\"FR H5K8\"}"));
    assertThat(json.readTree(FlowrouteJson.write(json, CnamUpdateRequest.of(name))))
        .isEqualTo(
            json.readTree("{\"data\":{\"type\":\"cnam\",\"attributes\":{\"value\":\"FR H5K8\"}}}"));
  }
}
