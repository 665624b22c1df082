package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads Flowroute's number documents (§2.1, §2.2, §2.6–§2.8) into domain objects, accepting every
 * form the sources disagree on (§13 U5, U11): ids as strings or numbers, {@code number_type} as
 * {@code standard}/{@code longcode} or {@code tollfree}/{@code toll-free}, costs as numbers or
 * strings.
 */
public final class FlowrouteNumberReader {

  /** NANP toll-free area codes, to tell a number's type when Flowroute does not. */
  private static final Set<String> TOLL_FREE_NPAS =
      Set.of("800", "833", "844", "855", "866", "877", "888");

  private FlowrouteNumberReader() {}

  /** Purchasable numbers; entries we cannot represent (not North American) are left out. */
  static List<AvailableNumber> availableNumbers(JsonApiDocument document) {
    return readable(document.resources(), FlowrouteNumberReader::availableNumber);
  }

  static AvailableNumber availableNumber(JsonNode resource) {
    JsonNode attributes = resource.path("attributes");
    E164Number number = number(resource);
    return new AvailableNumber(
        number,
        type(attributes, number),
        FlowrouteJson.text(attributes, "rate_center").orElse(null),
        FlowrouteJson.text(attributes, "state").orElse(null),
        cost(attributes.get("monthly_cost")),
        cost(attributes.get("setup_cost")));
  }

  static List<AreaCode> areaCodes(JsonApiDocument document) {
    return readable(
        document.resources(),
        resource -> new AreaCode(FlowrouteJson.text(resource, "id").orElse(null)));
  }

  static List<Exchange> exchanges(JsonApiDocument document) {
    return readable(
        document.resources(),
        resource -> new Exchange(FlowrouteJson.text(resource, "id").orElse(null)));
  }

  /** The numbers of a page of {@code GET /v2/numbers}. */
  static List<E164Number> numbers(JsonApiDocument document) {
    return readable(document.resources(), FlowrouteNumberReader::number);
  }

  /**
   * One of our numbers from its details document (§2.2). Numbers v2 answers carry no {@code
   * messaging_enabled} (only the v2.1 beta purchase page shows one): without it the setting is
   * {@link MessagingSource#UNKNOWN} and false, for the caller to fill in.
   */
  static OwnedNumber ownedNumber(JsonApiDocument document) {
    JsonNode data = document.resource();
    JsonNode attributes = data.path("attributes");
    JsonNode relationships = data.path("relationships");
    E164Number number = number(data);
    boolean reported = attributes.hasNonNull("messaging_enabled");
    return new OwnedNumber(
        number,
        type(attributes, number),
        FlowrouteJson.text(attributes, "alias").orElse(null),
        FlowrouteJson.flag(attributes, "cnam_lookups_enabled"),
        reported && FlowrouteJson.flag(attributes, "messaging_enabled"),
        reported ? MessagingSource.REPORTED : MessagingSource.UNKNOWN,
        FlowrouteJson.text(attributes, "rate_center").orElse(null),
        FlowrouteJson.text(attributes, "state").orElse(null),
        // v2.1 beta renames the voice relationships (§2.2, §13 U14): read either.
        relatedId(relationships, "primary_route", "voice_primary_route").map(RouteId::new),
        relatedId(relationships, "failover_route", "voice_failover_route").map(RouteId::new),
        relatedId(relationships, "e911_address", "e911"),
        relatedId(relationships, "cnam_preset", "cnam"),
        Map.of());
  }

  /** Maps Flowroute's {@code number_type}; when it is missing the area code tells. */
  public static NumberType type(JsonNode attributes, E164Number number) {
    Optional<String> raw = FlowrouteJson.text(attributes, "number_type");
    if (raw.isEmpty()) {
      return TOLL_FREE_NPAS.contains(number.elevenDigits().substring(1, 4))
          ? NumberType.TOLL_FREE
          : NumberType.LOCAL;
    }
    return switch (raw.get().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
      case "standard", "longcode", "local" -> NumberType.LOCAL;
      case "tollfree" -> NumberType.TOLL_FREE;
      default -> NumberType.OTHER;
    };
  }

  /** The number of a resource: {@code attributes.value}, else its id, in either written form. */
  static E164Number number(JsonNode resource) {
    String raw =
        FlowrouteJson.text(resource.path("attributes"), "value")
            .or(() -> FlowrouteJson.text(resource, "id"))
            .orElseThrow(() -> JsonApiDocument.invalid("a number resource without id or value"));
    return E164Number.parse(raw);
  }

  private static Optional<String> relatedId(JsonNode relationships, String name, String alias) {
    JsonNode relation =
        relationships.has(name) ? relationships.get(name) : relationships.path(alias);
    return FlowrouteJson.text(relation.path("data"), "id");
  }

  private static BigDecimal cost(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    try {
      return new BigDecimal(value.asText().strip());
    } catch (NumberFormatException notACost) {
      return null;
    }
  }

  private static <T> List<T> readable(List<JsonNode> resources, Function<JsonNode, T> reader) {
    List<T> items = new ArrayList<>();
    for (JsonNode resource : resources) {
      try {
        items.add(reader.apply(resource));
      } catch (DomainException | IllegalArgumentException unreadable) {
        // Outside what the domain can hold (another country, an unknown code): not ours to list.
      }
    }
    return items;
  }
}
