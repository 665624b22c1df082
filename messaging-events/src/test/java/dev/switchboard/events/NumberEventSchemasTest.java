package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.event.CnamEvents;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.shared.E164Number;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas of {@code switchboard.numbers.v1} describe exactly the data of the
 * events that {@link NumberEvents} and {@link CnamEvents} build, as {@link WireEvents} writes it.
 */
class NumberEventSchemasTest {

  private static final WireEvents WIRE = new WireEvents(new ObjectMapper());
  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
  private static final E164Number LOCAL = TestNumbers.LOCAL;

  /** The events whose data is the number's whole state. */
  private static final List<String> STATE_TYPES =
      List.of(
          "number.purchased",
          "number.updated",
          "number.routes-changed",
          "number.e911-changed",
          "number.cnam-changed");

  private static final List<String> NUMBER_SCHEMAS_WITH_STATE =
      List.of(
          "number.purchased",
          "number.updated",
          "number.routes-changed",
          "number.e911-changed",
          "number.cnam-changed",
          "number.drift-repaired");

  private static final List<String> ALL_TYPES =
      List.of(
          "number.purchased",
          "number.released",
          "number.updated",
          "number.routes-changed",
          "number.e911-changed",
          "number.cnam-changed",
          "number.drift-repaired",
          "cnam.approved",
          "cnam.rejected");

  private final NumberEvents numberEvents = new NumberEvents(UUID::randomUUID);
  private final CnamEvents cnamEvents = new CnamEvents(UUID::randomUUID);

  @Test
  void every_numbers_topic_event_has_a_schema_whose_id_is_its_ce_dataschema() {
    for (String type : ALL_TYPES) {
      JsonObject schema = schema(type);
      assertThat(schema.getString("$id"))
          .as(type)
          .isEqualTo(CloudEventsKafkaRecords.dataSchema(type));
      assertThat(schema.getString("title")).as(type).isEqualTo(type);
    }
  }

  @Test
  void every_state_event_matches_its_schema_for_a_bare_and_a_fully_configured_number() {
    Map<String, BiFunction<OwnedNumber, Instant, DomainEvent>> builders =
        Map.of(
            "number.purchased", numberEvents::purchased,
            "number.updated", numberEvents::updated,
            "number.routes-changed", numberEvents::routesChanged,
            "number.e911-changed", numberEvents::e911Changed,
            "number.cnam-changed", numberEvents::cnamChanged);
    assertThat(builders.keySet()).containsExactlyInAnyOrderElementsOf(STATE_TYPES);

    for (String type : STATE_TYPES) {
      Validator validator = validator(type);
      for (OwnedNumber number :
          List.of(
              TestNumbers.bare(),
              TestNumbers.full(),
              TestNumbers.otherKindWithOnlySomeCallbacks())) {
        DomainEvent event = builders.get(type).apply(number, NOW);
        assertThat(WireEvents.type(event)).isEqualTo(type);
        assertThat(event.stream()).isEqualTo(EventStream.NUMBERS);
        assertThat(event.key()).isEqualTo(number.number().value());
        assertThat(event.subject()).isEqualTo(number.number().value());
        assertValid(validator, event);
      }
    }
  }

  @Test
  void a_released_number_matches_its_schema() {
    DomainEvent event = numberEvents.released(LOCAL, NOW);

    assertThat(event.key()).isEqualTo("+12065550100");
    assertValid(validator("number.released"), event);
  }

  @Test
  void drift_repairs_that_add_remove_and_change_a_number_match_their_schema() {
    Validator validator = validator("number.drift-repaired");
    DomainEvent added = numberEvents.driftRepaired(LOCAL, null, TestNumbers.full(), NOW);
    DomainEvent removed = numberEvents.driftRepaired(LOCAL, TestNumbers.full(), null, NOW);
    DomainEvent changed =
        numberEvents.driftRepaired(LOCAL, TestNumbers.bare(), TestNumbers.full(), NOW);

    assertThat(List.of(added, removed, changed))
        .extracting(e -> WireEvents.data(e).get("change"))
        .containsExactly("added", "removed", "changed");
    assertValid(validator, added);
    assertValid(validator, removed);
    assertValid(validator, changed);
  }

  @Test
  void approved_and_rejected_caller_names_match_their_schemas() {
    DomainEvent approved =
        cnamEvents.reviewed(
            name("17604", "Acme Dental", CnamStatus.APPROVED, Optional.of(NOW), null), NOW);
    DomainEvent approvedWithoutDate =
        cnamEvents.reviewed(name("17605", "O'Hara & Co.", CnamStatus.APPROVED, null, null), NOW);
    DomainEvent rejected =
        cnamEvents.reviewed(
            name("17606", "FREE MONEY", CnamStatus.REJECTED, null, Optional.of("Misleading")), NOW);
    DomainEvent rejectedWithoutReason =
        cnamEvents.reviewed(name("17607", "Bob-1", CnamStatus.REJECTED, null, null), NOW);

    assertThat(WireEvents.type(approved)).isEqualTo("cnam.approved");
    assertThat(approved.key()).isEqualTo("cnam:17604");
    assertThat(approved.subject()).isEqualTo("cnam:17604");
    assertThat(WireEvents.type(rejected)).isEqualTo("cnam.rejected");
    assertValid(validator("cnam.approved"), approved);
    assertValid(validator("cnam.approved"), approvedWithoutDate);
    assertValid(validator("cnam.rejected"), rejected);
    assertValid(validator("cnam.rejected"), rejectedWithoutReason);
  }

  @Test
  void the_state_schemas_refuse_a_missing_or_unknown_field_at_the_top_or_in_the_callbacks() {
    JsonObject data = json(numberEvents.purchased(TestNumbers.full(), NOW));
    for (String type : STATE_TYPES) {
      Validator validator = validator(type);
      assertThat(validator.validate(data).getValid()).as(type).isTrue();
      assertRefused(validator, data.copy().put("extra", 1), type + " with an unknown field");
      for (String field : data.fieldNames()) {
        JsonObject without = data.copy();
        without.remove(field);
        assertRefused(validator, without, type + " without " + field);
      }
      JsonObject unknownCallback = data.copy();
      unknownCallback.getJsonObject("callbacks").put("VOICE", "https://hooks.test/voice");
      assertRefused(validator, unknownCallback, type + " with an unknown callback kind");
      assertRefused(
          validator, data.copy().put("primaryRoute", "sip-reg"), type + " with a bad route id");
      assertRefused(validator, data.copy().put("type", "MOBILE"), type + " with a bad type");
    }
  }

  @Test
  void the_released_schema_refuses_a_missing_or_unknown_field() {
    Validator validator = validator("number.released");
    JsonObject data = json(numberEvents.released(LOCAL, NOW));

    assertRefused(validator, data.copy().put("extra", 1), "an unknown field");
    assertRefused(validator, new JsonObject(), "no number");
    assertRefused(
        validator, json(numberEvents.purchased(TestNumbers.bare(), NOW)), "a whole state");
  }

  @Test
  void the_drift_schema_refuses_unknown_fields_and_a_change_that_contradicts_before_and_after() {
    Validator validator = validator("number.drift-repaired");
    JsonObject changed =
        json(numberEvents.driftRepaired(LOCAL, TestNumbers.bare(), TestNumbers.full(), NOW));

    assertRefused(validator, changed.copy().put("extra", 1), "an unknown field");
    JsonObject unknownInBefore = changed.copy();
    unknownInBefore.getJsonObject("before").put("extra", 1);
    assertRefused(validator, unknownInBefore, "an unknown field in before");
    JsonObject missingInAfter = changed.copy();
    missingInAfter.getJsonObject("after").remove("cnamId");
    assertRefused(validator, missingInAfter, "after without cnamId");
    JsonObject withoutBefore = changed.copy();
    withoutBefore.remove("before");
    assertRefused(validator, withoutBefore, "no before");
    assertRefused(validator, changed.copy().put("change", "added"), "added with a before");
    assertRefused(validator, changed.copy().put("change", "removed"), "removed with an after");
    assertRefused(validator, changed.copy().put("change", "moved"), "an unknown change");
    assertRefused(validator, changed.copy().putNull("after"), "changed without an after");
  }

  @Test
  void the_caller_name_schemas_refuse_missing_or_unknown_fields_and_the_other_outcome() {
    JsonObject approved =
        json(
            cnamEvents.reviewed(
                name("17604", "Acme Dental", CnamStatus.APPROVED, Optional.of(NOW), null), NOW));
    JsonObject rejected =
        json(
            cnamEvents.reviewed(
                name("17606", "FREE MONEY", CnamStatus.REJECTED, null, Optional.of("No")), NOW));
    Validator approvedSchema = validator("cnam.approved");
    Validator rejectedSchema = validator("cnam.rejected");

    assertRefused(approvedSchema, approved.copy().put("extra", 1), "an unknown field");
    assertRefused(rejectedSchema, rejected.copy().put("number", "+12065550100"), "a number");
    for (String field : approved.fieldNames()) {
      JsonObject without = approved.copy();
      without.remove(field);
      assertRefused(approvedSchema, without, "approved without " + field);
    }
    assertRefused(approvedSchema, rejected, "a rejected name");
    assertRefused(rejectedSchema, approved, "an approved name");
    assertRefused(approvedSchema, approved.copy().put("id", "cnam:17604"), "the key as id");
    assertRefused(approvedSchema, approved.copy().put("value", "1234"), "a name without letters");
  }

  @Test
  void every_number_schema_describes_the_number_state_the_same_way() {
    JsonObject reference = schema("number.purchased").getJsonObject("$defs");
    assertThat(reference.getJsonObject("state").getJsonArray("required"))
        .containsExactlyInAnyOrderElementsOf(WireEvents.numberState(TestNumbers.full()).keySet());
    for (String type : NUMBER_SCHEMAS_WITH_STATE) {
      assertThat(schema(type).getJsonObject("$defs")).as(type).isEqualTo(reference);
    }
  }

  private static CnamRecord name(
      String id,
      String value,
      CnamStatus status,
      Optional<Instant> approvedAt,
      Optional<String> reason) {
    return new CnamRecord(
        id,
        new CallerName(value),
        status,
        Optional.of(NOW.minusSeconds(86_400)),
        approvedAt,
        reason);
  }

  private static void assertValid(Validator validator, DomainEvent event) {
    OutputUnit result = validator.validate(json(event));
    assertThat(result.getValid())
        .as("%s data %s: %s", WireEvents.type(event), WireEvents.data(event), result.getErrors())
        .isTrue();
  }

  private static void assertRefused(Validator validator, JsonObject data, String what) {
    assertThat(validator.validate(data).getValid()).as("accepted %s: %s", what, data).isFalse();
  }

  /** The data as the outbox stores it: what the event contract writes. */
  private static JsonObject json(DomainEvent event) {
    return new JsonObject(WIRE.encode(event).dataJson());
  }

  private static Validator validator(String type) {
    return Schemas.validator(type);
  }

  private static JsonObject schema(String type) {
    return Schemas.schema(type);
  }
}
