package dev.switchboard.flowroute.e911.client;

import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.Country;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.numbers.client.NumberResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Flowroute's E911 documents (§4.1, §4.9) into domain objects: attributes as strings or
 * numbers, {@code address_type} as a name or a short code in any case, {@code USA} for the US
 * (legacy records), ids as strings or numbers.
 */
final class FlowrouteE911Reader {

  private FlowrouteE911Reader() {}

  /** The addresses of a page; a record our rules cannot hold (a malformed ZIP) is left out. */
  static List<E911Address> e911s(JsonApiCollection<E911Resource> document) {
    return document.readable(FlowrouteE911Reader::e911);
  }

  /** One address; a record our rules cannot hold is reported as an unusable answer. */
  static E911Address readable(E911Resource resource) {
    return JsonApiDocument.readable(
        resource, "E911 record", resource.id(), FlowrouteE911Reader::e911);
  }

  /** One address resource, read by the domain's rules (which throw if it breaks them). */
  static E911Address e911(E911Resource resource) {
    E911Resource.Attributes attributes = resource.attributesOrNone();
    String id =
        FlowrouteJson.text(resource.id())
            .orElseThrow(() -> JsonApiDocument.invalid("an E911 record without an id"));
    PostalAddress address =
        new PostalAddress(
            field(attributes.label()),
            field(attributes.firstName()),
            field(attributes.lastName()),
            field(attributes.streetNumber()),
            field(attributes.streetName()),
            FlowrouteJson.text(attributes.addressType()).map(AddressType::parse),
            FlowrouteJson.text(attributes.addressTypeNumber()),
            field(attributes.city()),
            field(attributes.state()),
            Country.parse(field(attributes.country())),
            field(attributes.zip()));
    return new E911Address(id, address);
  }

  /**
   * The numbers on an address (§4.9). The phone number is {@code attributes.value}: one example has
   * the number as {@code id}, another an internal relationship id (§13 U13). The id is only used
   * when there is no value and it has the shape of a number.
   */
  static List<E164Number> numbers(JsonApiCollection<NumberResource> document) {
    List<E164Number> numbers = new ArrayList<>();
    for (NumberResource resource : document.resources()) {
      if (resource == null) {
        continue;
      }
      Optional<String> raw =
          FlowrouteJson.text(resource.attributesOrNone().value())
              .or(() -> FlowrouteJson.text(resource.id()).filter(id -> id.matches("1\\d{10}")));
      try {
        raw.map(E164Number::parse).ifPresent(numbers::add);
      } catch (DomainException | IllegalArgumentException notANumber) {
        // Outside what the domain can hold (another country): not ours to list.
      }
    }
    return numbers;
  }

  private static String field(String value) {
    return FlowrouteJson.text(value).orElse(null);
  }
}
