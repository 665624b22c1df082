package dev.switchboard.sandbox.emulator.e911;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flowroute's field rules for E911 addresses (§4.1): required fields, upper-case state or province
 * of the country, US ZIP or Canadian postal code, address types by name or short code with their
 * number. Refusals are one 422 naming every refused attribute.
 */
final class E911Rules {

  /** The attributes of an E911 record, in Flowroute's order. */
  static final List<String> FIELDS =
      List.of(
          "label",
          "first_name",
          "last_name",
          "street_number",
          "street_name",
          "address_type",
          "address_type_number",
          "city",
          "state",
          "country",
          "zip");

  private static final List<String> REQUIRED =
      List.of(
          "label",
          "first_name",
          "last_name",
          "street_number",
          "street_name",
          "city",
          "state",
          "country",
          "zip");

  /**
   * Full names by upper-case name and by short code (from Flowroute's PHP SDK, Hanger included).
   */
  private static final Map<String, String> ADDRESS_TYPES = new LinkedHashMap<>();

  static {
    String[][] types = {
      {"Apartment", "A"},
      {"Basement", "BM"},
      {"Building", "B"},
      {"Department", "D"},
      {"Floor", "F"},
      {"Front", "FR"},
      {"Hanger", "H"},
      {"Key", "K"},
      {"Lobby", "L"},
      {"Lot", "LT"},
      {"Lower", "LO"},
      {"Office", "O"},
      {"Penthouse", "P"},
      {"Pier", "PI"},
      {"Rear", "RE"},
      {"Room", "R"},
      {"Side", "S"},
      {"Slip", "SL"},
      {"Space", "SC"},
      {"Stop", "SP"},
      {"Suite", "SU"},
      {"Trailer", "T"},
      {"Unit", "U"},
      {"Upper", "UP"}
    };
    for (String[] type : types) {
      ADDRESS_TYPES.put(type[0].toUpperCase(Locale.ROOT), type[0]);
      ADDRESS_TYPES.put(type[1], type[0]);
    }
  }

  static final Set<String> US_STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");

  static final Set<String> CA_PROVINCES =
      Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

  private E911Rules() {}

  /**
   * The attributes present in a request, as trimmed strings (numbers accepted for any of them); a
   * JSON null or an empty string is kept as null, meaning "not set". Unknown keys (such as the
   * Python SDK's {@code zip_code}) are ignored.
   */
  static Map<String, String> given(JsonNode attributes) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (String field : FIELDS) {
      JsonNode value = attributes.get(field);
      if (value == null) {
        continue;
      }
      if (value.isNull()) {
        values.put(field, null);
      } else if (value.isTextual() || value.isNumber()) {
        String text = value.asText().trim();
        values.put(field, text.isEmpty() ? null : text);
      } else {
        problems.put(field, List.of("Not a valid string."));
      }
    }
    if (!problems.isEmpty()) {
      throw FlowrouteException.invalidAttributes(problems);
    }
    return values;
  }

  /** The attributes of an existing address, to merge a partial update onto. */
  static Map<String, String> of(E911Address address) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("label", address.label());
    values.put("first_name", address.firstName());
    values.put("last_name", address.lastName());
    values.put("street_number", address.streetNumber());
    values.put("street_name", address.streetName());
    values.put("address_type", address.addressType());
    values.put("address_type_number", address.addressTypeNumber());
    values.put("city", address.city());
    values.put("state", address.state());
    values.put("country", address.country());
    values.put("zip", address.zip());
    return values;
  }

  /** Checks every rule; 422 with all refused attributes, else the address in its stored form. */
  static E911Address validate(Map<String, String> values) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (String field : REQUIRED) {
      if (values.get(field) == null) {
        problem(problems, field, "Missing data for required field.");
      }
    }
    String country = values.get("country");
    if (country != null && !country.equals("US") && !country.equals("CA")) {
      problem(problems, "country", "Must be one of: US, CA.");
      country = null;
    }
    String state = values.get("state");
    if (state != null) {
      if (!state.matches("[A-Z]{2}")) {
        problem(problems, "state", "Must be a 2-letter upper-case state or province code.");
      } else if ("US".equals(country) && !US_STATES.contains(state)) {
        problem(problems, "state", state + " is not a US state or territory.");
      } else if ("CA".equals(country) && !CA_PROVINCES.contains(state)) {
        problem(problems, "state", state + " is not a Canadian province or territory.");
      }
    }
    String zip = zip(values.get("zip"), country, problems);
    String addressType = values.get("address_type");
    String typeNumber = values.get("address_type_number");
    if (addressType != null) {
      String name = ADDRESS_TYPES.get(addressType.toUpperCase(Locale.ROOT));
      if (name == null) {
        problem(
            problems,
            "address_type",
            "Must be one of "
                + String.join(", ", new java.util.LinkedHashSet<>(ADDRESS_TYPES.values()))
                + " or their short codes, case-insensitive.");
      }
      addressType = name;
      if (typeNumber == null) {
        problem(problems, "address_type_number", "Required when address_type is given.");
      }
    } else if (typeNumber != null) {
      problem(problems, "address_type", "Required when address_type_number is given.");
    }
    if (!problems.isEmpty()) {
      throw FlowrouteException.invalidAttributes(problems);
    }
    return new E911Address(
        values.get("label"),
        values.get("first_name"),
        values.get("last_name"),
        values.get("street_number"),
        values.get("street_name"),
        addressType,
        typeNumber,
        values.get("city"),
        state,
        country,
        zip);
  }

  /**
   * A US ZIP (5 digits; fewer digits are padded with zeros, as a ZIP sent as a JSON number loses
   * its leading zeros) or a Canadian postal code, stored as {@code A1A 1A1}.
   */
  private static String zip(String zip, String country, Map<String, List<String>> problems) {
    if (zip == null) {
      return null;
    }
    int length = zip.replace(" ", "").length();
    if (length < 4 || length > 7) {
      problem(problems, "zip", "ZIP code must be at least 4 and at most 7 digits long");
      return null;
    }
    if ("US".equals(country)) {
      if (!zip.matches("\\d{4,5}")) {
        problem(problems, "zip", "Must be a 5-digit US ZIP code.");
        return null;
      }
      return zip.length() == 4 ? "0" + zip : zip;
    }
    if ("CA".equals(country)) {
      String upper = zip.toUpperCase(Locale.ROOT);
      if (!upper.matches("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d")) {
        problem(problems, "zip", "Must be a Canadian postal code such as M4C 5K7.");
        return null;
      }
      String compact = upper.replace(" ", "");
      return compact.substring(0, 3) + " " + compact.substring(3);
    }
    return zip;
  }

  private static void problem(Map<String, List<String>> problems, String field, String message) {
    problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }
}
