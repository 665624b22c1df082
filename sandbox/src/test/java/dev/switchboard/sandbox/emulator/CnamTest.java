package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.cnam.CnamRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CnamTest extends EmulatorTestBase {

  private static final String PYTHON_DATETIME =
      "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00";
  private static final String RFC_1123 =
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

  private static String create(String value) {
    FlowrouteClient.Response created =
        client.post(
            "/v2/cnams", FlowrouteClient.MAPPER.createObjectNode().put("value", value).toString());
    assertThat(created.status()).isEqualTo(201);
    return created.json().path("data").path("id").asText();
  }

  private static String approved(String value) {
    String id = create(value);
    emulator.approveCnam(id);
    return id;
  }

  @Test
  void creates_a_pending_record_from_a_flat_body() throws InterruptedException {
    FlowrouteClient.Response created = client.post("/v2/cnams", "{\"value\":\"FR H5K8\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Content-Type")).startsWith("application/vnd.api+json");
    JsonNode data = created.json().path("data");
    assertThat(data.path("type").asText()).isEqualTo("cnam");
    assertThat(data.path("id").asText()).isEqualTo("30001");
    JsonNode attributes = data.path("attributes");
    assertThat(attributes.path("value").asText()).isEqualTo("FR H5K8");
    assertThat(attributes.path("is_approved").asBoolean(true)).isFalse();
    assertThat(attributes.path("approval_datetime").isNull()).isTrue();
    assertThat(attributes.path("rejection_reason").isNull()).isTrue();
    assertThat(attributes.path("creation_datetime").asText()).matches(PYTHON_DATETIME);
    assertThat(data.path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/cnams/30001");

    // no automatic review by default
    Thread.sleep(150);
    assertThat(emulator.cnam("30001").orElseThrow().pending()).isTrue();
  }

  @Test
  void creates_records_from_a_form_encoded_body_and_from_an_envelope() {
    FlowrouteClient.Response form =
        client.post("/v2/cnams", "value=ACME+%26+SONS", "application/x-www-form-urlencoded");
    FlowrouteClient.Response envelope =
        client.post(
            "/v2/cnams",
            "{\"data\":{\"type\":\"cnam\",\"attributes\":{\"value\":\"Bob's Garage\"}}}",
            "application/vnd.api+json");

    assertThat(form.status()).isEqualTo(201);
    assertThat(form.json().path("data").path("attributes").path("value").asText())
        .isEqualTo("ACME & SONS");
    assertThat(envelope.status()).isEqualTo(201);
    assertThat(emulator.cnams())
        .extracting(CnamRecord::value)
        .containsExactly("ACME & SONS", "Bob's Garage");
  }

  @Test
  void accepts_every_allowed_special_character() {
    String value = "A1 -_.,@+&'/\"";

    FlowrouteClient.Response created =
        client.post(
            "/v2/cnams", FlowrouteClient.MAPPER.createObjectNode().put("value", value).toString());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("data").path("attributes").path("value").asText())
        .isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SIXTEEN CHARS XX",
        "12345",
        "-- 42 --",
        "Joe!",
        "Café",
        "Tab\there",
        "(Acme)",
        ""
      })
  void refuses_values_that_break_the_storage_rules(String value) {
    FlowrouteClient.Response response =
        client.post(
            "/v2/cnams", FlowrouteClient.MAPPER.createObjectNode().put("value", value).toString());

    assertFieldError(response, "value");
    assertThat(emulator.cnams()).isEmpty();
  }

  @Test
  void refuses_a_missing_value_or_one_that_is_not_a_string() {
    assertFieldError(client.post("/v2/cnams", "{}"), "value");
    assertFieldError(client.post("/v2/cnams"), "value");
    assertFieldError(client.post("/v2/cnams", "{\"value\":12}"), "value");
  }

  @Test
  void refuses_a_duplicate_value_whatever_its_case() {
    create("Acme Corp");

    FlowrouteClient.Response again = client.post("/v2/cnams", "{\"value\":\"ACME corp\"}");

    assertFlowrouteError(again, 422);
    assertThat(again.error().path("detail").asText())
        .isEqualTo("Duplicate CNAM entry found on your account");
    assertThat(emulator.cnams()).hasSize(1);
  }

  @Test
  void lists_records_filtered_by_approval_and_value_with_paging() {
    String acme = approved("Acme Corp");
    String beta = create("Beta Acme");
    String gamma = create("Gamma");
    emulator.rejectCnam(gamma, "Not allowed");

    assertThat(ids(client.get("/v2/cnams"))).containsExactly(acme, beta, gamma);
    assertThat(ids(client.get("/v2/cnams?is_approved=true"))).containsExactly(acme);
    assertThat(ids(client.get("/v2/cnams?is_approved=false"))).containsExactly(beta, gamma);
    assertThat(ids(client.get("/v2/cnams?value=ACME"))).containsExactly(acme, beta);
    assertThat(ids(client.get("/v2/cnams?value=acme&is_approved=false"))).containsExactly(beta);

    FlowrouteClient.Response first = client.get("/v2/cnams?value=acme&limit=1");
    assertThat(ids(first)).containsExactly(acme);
    assertThat(first.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/cnams?value=acme&limit=1&offset=0");
    assertThat(first.json().path("links").path("next").asText())
        .isEqualTo(emulator.url() + "/v2/cnams?value=acme&limit=1&offset=1");
    assertThat(client.get("/v2/cnams?limit=1&offset=2").json().path("links").has("next")).isFalse();
    assertThat(client.get("/v2/cnams?limit=100000").status()).isEqualTo(200);
    assertFieldError(client.get("/v2/cnams?is_approved=maybe"), "is_approved");
    assertFlowrouteError(client.get("/v2/cnams?limit=0"), 422);
  }

  @Test
  void shows_a_record_with_the_numbers_that_carry_it() {
    String id = approved("Acme Corp");
    client.patch("/v2/numbers/" + OURS + "/relationships/cnams/" + id);

    FlowrouteClient.Response details = client.get("/v2/cnams/" + id);

    assertThat(details.status()).isEqualTo(200);
    JsonNode data = details.json().path("data");
    assertThat(data.path("attributes").path("is_approved").asBoolean()).isTrue();
    assertThat(data.path("attributes").path("approval_datetime").asText()).matches(PYTHON_DATETIME);
    JsonNode related = data.path("relationships").path("numbers").path("data");
    assertThat(related).hasSize(1);
    assertThat(related.path(0).path("id").asText()).isEqualTo(OURS);
    assertThat(related.path(0).path("type").asText()).isEqualTo("number");
    assertThat(details.json().path("included").path(0).path("attributes").path("value").asText())
        .isEqualTo(OURS);

    FlowrouteClient.Response unknown = client.get("/v2/cnams/99999");
    assertFlowrouteError(unknown, 404);
  }

  @Test
  void updates_a_pending_record_from_the_documented_envelope_or_a_flat_body() {
    String id = create("Acme Corp");

    FlowrouteClient.Response updated =
        client.patch(
            "/v2/cnams/" + id,
            "{\"data\":{\"type\":\"cnam\",\"attributes\":{\"value\":\"ACME INC\"}}}");
    FlowrouteClient.Response flat = client.patch("/v2/cnams/" + id, "{\"value\":\"ACME LLC\"}");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().path("data").path("attributes").path("value").asText())
        .isEqualTo("ACME INC");
    assertThat(flat.status()).isEqualTo(200);
    assertThat(emulator.cnam(id).orElseThrow().value()).isEqualTo("ACME LLC");
    assertFieldError(
        client.patch("/v2/cnams/" + id, "{\"value\":\"Too long for caller id\"}"), "value");
    create("Other");
    assertFlowrouteError(client.patch("/v2/cnams/" + id, "{\"value\":\"other\"}"), 422);
    assertFlowrouteError(client.patch("/v2/cnams/99999", "{\"value\":\"X\"}"), 404);
  }

  @Test
  void refuses_to_update_a_record_once_reviewed() {
    String approvedId = approved("Acme Corp");
    String rejectedId = create("Beta");
    emulator.rejectCnam(rejectedId, "Misleading");

    for (String id : List.of(approvedId, rejectedId)) {
      FlowrouteClient.Response response =
          client.patch(
              "/v2/cnams/" + id,
              "{\"data\":{\"type\":\"cnam\",\"attributes\":{\"value\":\"New\"}}}");
      assertFlowrouteError(response, 403);
      assertThat(response.error().path("detail").asText()).contains("Only pending");
    }
    assertThat(emulator.cnam(approvedId).orElseThrow().value()).isEqualTo("Acme Corp");
  }

  @Test
  void deletes_a_record_and_answers_flowroutes_404_when_there_is_nothing_to_delete() {
    String id = create("Acme Corp");

    assertThat(client.delete("/v2/cnams/" + id).status()).isEqualTo(204);
    FlowrouteClient.Response again = client.delete("/v2/cnams/" + id);

    assertFlowrouteError(again, 404);
    assertThat(again.error().path("title").asText()).isEqualTo("Resource not found");
    assertThat(again.error().path("detail").asText())
        .isEqualTo("CNAM record not found. Nothing to delete.");
    assertThat(emulator.cnams()).isEmpty();
  }

  @Test
  void a_record_in_use_cannot_be_deleted() {
    String id = approved("Acme Corp");
    client.patch("/v2/numbers/" + OURS + "/relationships/cnams/" + id);

    assertFlowrouteError(client.delete("/v2/cnams/" + id), 403);

    client.delete("/v2/numbers/" + OURS + "/relationships/cnams");
    assertThat(client.delete("/v2/cnams/" + id).status()).isEqualTo(204);
  }

  @Test
  void assigns_an_approved_record_with_a_202_carrying_an_integer_id_and_an_rfc_1123_date() {
    String id = approved("Acme Corp");

    FlowrouteClient.Response response =
        client.patch("/v2/numbers/" + OURS + "/relationships/cnams/" + id);

    assertThat(response.status()).isEqualTo(202);
    JsonNode data = response.json().path("data");
    assertThat(data.path("id").isIntegralNumber()).isTrue();
    assertThat(data.path("id").asLong()).isEqualTo(Long.parseLong(id));
    assertThat(data.path("type").asText()).isEqualTo("cnam");
    assertThat(data.path("attributes").path("date_created").asText()).matches(RFC_1123);

    JsonNode details = client.get("/v2/numbers/" + OURS).json();
    JsonNode preset = details.path("data").path("relationships").path("cnam_preset").path("data");
    assertThat(preset.path("type").asText()).isEqualTo("cnam");
    assertThat(preset.path("id").asText()).isEqualTo(id);
    assertThat(details.path("included"))
        .anySatisfy(item -> assertThat(item.path("type").asText()).isEqualTo("cnam"));
    assertThat(emulator.number(OURS).orElseThrow().cnamId()).isEqualTo(id);
  }

  @Test
  void serves_the_sdks_singular_path_and_unassigns_with_a_null_id() {
    String id = approved("Acme Corp");

    assertThat(client.patch("/v2/numbers/" + OURS + "/relationships/cnam/" + id).status())
        .isEqualTo(202);
    assertThat(emulator.number(OURS).orElseThrow().cnamId()).isEqualTo(id);

    for (String segment : List.of("cnam", "cnams")) {
      FlowrouteClient.Response removed =
          client.delete("/v2/numbers/" + OURS + "/relationships/" + segment);
      assertThat(removed.status()).isEqualTo(202);
      JsonNode data = removed.json().path("data");
      assertThat(data.has("id")).isTrue();
      assertThat(data.path("id").isNull()).isTrue();
      assertThat(data.path("type").asText()).isEqualTo("cnam");
      assertThat(data.path("attributes").path("date_created").asText()).matches(RFC_1123);
    }
    assertThat(emulator.number(OURS).orElseThrow().cnamId()).isNull();
    assertThat(
            client
                .get("/v2/numbers/" + OURS)
                .json()
                .path("data")
                .path("relationships")
                .path("cnam_preset")
                .path("data")
                .isNull())
        .isTrue();
  }

  @Test
  void refuses_to_assign_a_pending_or_rejected_record() {
    String pending = create("Acme Corp");
    String rejected = create("Beta");
    emulator.rejectCnam(rejected, "No");

    for (String id : List.of(pending, rejected)) {
      FlowrouteClient.Response response =
          client.patch("/v2/numbers/" + OURS + "/relationships/cnams/" + id);
      assertFlowrouteError(response, 422);
      assertThat(response.error().path("detail").asText()).contains("only approved");
    }
    assertThat(emulator.number(OURS).orElseThrow().cnamId()).isNull();
  }

  @Test
  void refuses_toll_free_numbers_unknown_numbers_and_unknown_records() {
    String id = approved("Acme Corp");
    emulator.ownNumber("18445550000");

    FlowrouteClient.Response tollFree =
        client.patch("/v2/numbers/18445550000/relationships/cnams/" + id);
    assertFlowrouteError(tollFree, 422);
    assertThat(tollFree.error().path("detail").asText()).contains("local");

    assertThat(client.patch("/v2/numbers/12069999999/relationships/cnams/" + id).status())
        .isEqualTo(404);
    assertFlowrouteError(client.patch("/v2/numbers/" + OURS + "/relationships/cnams/99999"), 404);
    assertThat(client.delete("/v2/numbers/12069999999/relationships/cnams").status())
        .isEqualTo(404);
  }

  @Test
  void releasing_a_number_drops_its_caller_name() {
    String id = approved("Acme Corp");
    client.patch("/v2/numbers/12065550101/relationships/cnams/" + id);

    emulator.releaseBehindTheBack("12065550101");

    assertThat(
            client
                .get("/v2/cnams/" + id)
                .json()
                .path("data")
                .path("relationships")
                .path("numbers")
                .path("data"))
        .isEmpty();
    assertThat(client.delete("/v2/cnams/" + id).status()).isEqualTo(204);
  }

  @Test
  void the_sandbox_approves_and_rejects_pending_records() {
    String approve = create("Acme Corp");
    String reject = create("Seattle Police");

    FlowrouteClient.Response approved = client.post("/sandbox/cnams/" + approve + "/approve");
    FlowrouteClient.Response rejected =
        client.post(
            "/sandbox/cnams/" + reject + "/reject", "{\"reason\":\"Impersonates the police\"}");

    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().path("data").path("attributes").path("is_approved").asBoolean())
        .isTrue();
    assertThat(rejected.status()).isEqualTo(200);
    JsonNode attributes = client.get("/v2/cnams/" + reject).json().path("data").path("attributes");
    assertThat(attributes.path("is_approved").asBoolean(true)).isFalse();
    assertThat(attributes.path("rejection_reason").asText()).isEqualTo("Impersonates the police");
    assertThat(attributes.path("approval_datetime").isNull()).isTrue();
    assertThat(emulator.cnam(approve).orElseThrow().approvedAt()).isNotNull();

    assertThat(client.post("/sandbox/cnams/" + approve + "/reject").status()).isEqualTo(409);
    assertThat(client.post("/sandbox/cnams/99999/approve").status()).isEqualTo(404);
    assertThat(client.get("/sandbox/cnams").json().path("data")).hasSize(2);
  }

  @Test
  void the_java_hooks_refuse_unknown_and_already_reviewed_records() {
    String id = approved("Acme Corp");

    assertThatThrownBy(() -> emulator.approveCnam(id)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> emulator.rejectCnam(id, "late"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> emulator.approveCnam("99999"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(emulator.rejectCnam(create("Beta"), null).rejectionReason()).isNotBlank();
  }

  @Test
  void reset_forgets_records_and_assignments() {
    String id = approved("Acme Corp");
    client.patch("/v2/numbers/" + OURS + "/relationships/cnams/" + id);

    emulator.reset();

    assertThat(emulator.cnams()).isEmpty();
    assertThat(emulator.number(OURS).orElseThrow().cnamId()).isNull();
    assertThat(create("Acme Corp")).isEqualTo("30001");
  }

  @Test
  void when_down_the_e911_and_cnam_endpoints_answer_503() {
    emulator.setDown(true);

    assertFlowrouteError(client.get("/v2/cnams"), 503);
    assertFlowrouteError(client.post("/v2/cnams", "{\"value\":\"Acme\"}"), 503);
    assertFlowrouteError(client.get("/v2/e911s"), 503);
    assertFlowrouteError(client.post("/v2/e911s/validate", "{}"), 503);
    assertFlowrouteError(client.patch("/v2/numbers/" + OURS + "/relationships/e911s/1"), 503);
    assertFlowrouteError(client.delete("/v2/numbers/" + OURS + "/relationships/cnams"), 503);
    assertThat(emulator.cnams()).isEmpty();
    assertThat(client.get("/sandbox/cnams").status()).isEqualTo(200);
  }

  private static List<String> ids(FlowrouteClient.Response response) {
    assertThat(response.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.json().path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
