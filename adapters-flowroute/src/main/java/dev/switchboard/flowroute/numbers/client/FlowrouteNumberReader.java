package dev.switchboard.flowroute.numbers.client;

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
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.http.Relationship;
import dev.switchboard.flowroute.http.Relationship.Identifier;
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
 * strings (the lenient scalars of {@link NumberResource}).
 */
public final class FlowrouteNumberReader {

  /** NANP toll-free area codes, to tell a number's type when Flowroute does not. */
  private static final Set<String> TOLL_FREE_NPAS =
      Set.of("800", "833", "844", "855", "866", "877", "888");

  private FlowrouteNumberReader() {}

  /** Purchasable numbers; entries we cannot represent (not North American) are left out. */
  static List<AvailableNumber> availableNumbers(JsonApiCollection<NumberResource> document) {
    return readable(document.resources(), FlowrouteNumberReader::availableNumber);
  }

  static AvailableNumber availableNumber(NumberResource resource) {
    NumberResource.Attributes attributes = resource.attributesOrNone();
    E164Number number = number(resource);
    return new AvailableNumber(
        number,
        type(attributes.numberType(), number),
        FlowrouteJson.text(attributes.rateCenter()).orElse(null),
        FlowrouteJson.text(attributes.state()).orElse(null),
        attributes.monthlyCost(),
        attributes.setupCost());
  }

  static List<AreaCode> areaCodes(JsonApiCollection<Identifier> document) {
    return readable(
        document.resources(),
        resource -> new AreaCode(FlowrouteJson.text(id(resource)).orElse(null)));
  }

  static List<Exchange> exchanges(JsonApiCollection<Identifier> document) {
    return readable(
        document.resources(),
        resource -> new Exchange(FlowrouteJson.text(id(resource)).orElse(null)));
  }

  /** The numbers of a page of {@code GET /v2/numbers}. */
  static List<E164Number> numbers(JsonApiCollection<NumberResource> document) {
    return readable(document.resources(), FlowrouteNumberReader::number);
  }

  /**
   * One of our numbers from its details document (§2.2). Numbers v2 answers carry no {@code
   * messaging_enabled} (only the v2.1 beta purchase page shows one): without it the setting is
   * {@link MessagingSource#UNKNOWN} and false, for the caller to fill in.
   */
  static OwnedNumber ownedNumber(JsonApiDocument<NumberResource> document) {
    NumberResource data = document.resource();
    NumberResource.Attributes attributes = data.attributesOrNone();
    NumberResource.Relationships relationships = data.relationshipsOrNone();
    E164Number number = number(data);
    boolean reported = attributes.messagingEnabled() != null;
    return new OwnedNumber(
        number,
        type(attributes.numberType(), number),
        FlowrouteJson.text(attributes.alias()).orElse(null),
        Boolean.TRUE.equals(attributes.cnamLookupsEnabled()),
        Boolean.TRUE.equals(attributes.messagingEnabled()),
        reported ? MessagingSource.REPORTED : MessagingSource.UNKNOWN,
        FlowrouteJson.text(attributes.rateCenter()).orElse(null),
        FlowrouteJson.text(attributes.state()).orElse(null),
        // v2.1 beta renames the voice relationships (§2.2, §13 U14): read either.
        related(relationships.primaryRoute(), relationships.voicePrimaryRoute()).map(RouteId::new),
        related(relationships.failoverRoute(), relationships.voiceFailoverRoute())
            .map(RouteId::new),
        related(relationships.e911Address(), relationships.e911()),
        related(relationships.cnamPreset(), relationships.cnam()),
        Map.of());
  }

  /** Maps Flowroute's {@code number_type}; when it is missing the area code tells. */
  public static NumberType type(String numberType, E164Number number) {
    Optional<String> raw = FlowrouteJson.text(numberType);
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
  static E164Number number(NumberResource resource) {
    String raw =
        FlowrouteJson.text(resource.attributesOrNone().value())
            .or(() -> FlowrouteJson.text(resource.id()))
            .orElseThrow(() -> JsonApiDocument.invalid("a number resource without id or value"));
    return E164Number.parse(raw);
  }

  private static String id(Identifier resource) {
    return resource == null ? null : resource.id();
  }

  /** The relationship under its v2 name, else under its alias, when the v2 name is absent. */
  private static Optional<String> related(Relationship name, Relationship alias) {
    return Relationship.idOf(name != null ? name : alias);
  }

  private static <R, T> List<T> readable(List<R> resources, Function<R, T> reader) {
    List<T> items = new ArrayList<>();
    for (R resource : resources) {
      try {
        items.add(reader.apply(resource));
      } catch (DomainException | IllegalArgumentException | NullPointerException unreadable) {
        // Outside what the domain can hold (another country, an unknown code): not ours to list.
      }
    }
    return items;
  }
}
