package dev.switchboard.sandbox.emulator.e911;

import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A deterministic stand-in for Flowroute's address geocoding: an address geocodes when its city (in
 * its state or province) is known and its street name is one of the streets known there,
 * case-insensitively. Anything else fails as Flowroute's geocoder does, with a 400.
 */
final class Geocoder {

  /** A city and the streets it knows. */
  record City(String name, String state, List<String> streets) {}

  static final List<City> CITIES =
      List.of(
          new City(
              "Seattle",
              "WA",
              List.of("1st Ave", "2nd Ave", "3rd Ave", "4th Ave", "Main St", "Pike St", "Pine St")),
          new City("New York", "NY", List.of("Broadway", "5th Ave", "Madison Ave", "Wall St")),
          new City("Millbrae", "CA", List.of("El Camino Real", "Broadway")),
          new City("Denver", "CO", List.of("Colfax Ave", "16th St")),
          new City("Chicago", "IL", List.of("Michigan Ave", "State St")),
          new City("Oradell", "NJ", List.of("Kinderkamack Rd")),
          new City("Toronto", "ON", List.of("Yonge St", "Queen St W", "King St W")),
          new City("Vancouver", "BC", List.of("Granville St", "Robson St")),
          new City("Montreal", "QC", List.of("Sherbrooke St W", "Saint-Laurent Blvd")));

  private static final Map<String, Set<String>> STREETS = new TreeMap<>();

  static {
    for (City city : CITIES) {
      STREETS.put(
          key(city.name(), city.state()),
          city.streets().stream().map(Geocoder::normal).collect(Collectors.toSet()));
    }
  }

  private Geocoder() {}

  /** Refuses an address it cannot place with Flowroute's 400. */
  static void geocode(E911Address address) {
    Set<String> streets = STREETS.get(key(address.city(), address.state()));
    if (streets == null || !streets.contains(normal(address.streetName()))) {
      throw new FlowrouteException(
          400,
          "Client Error",
          "Could not geocode this address. Please check the validity of your address.");
    }
  }

  private static String key(String city, String state) {
    return normal(city) + "|" + state.toUpperCase(Locale.ROOT);
  }

  private static String normal(String text) {
    return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
