package dev.switchboard.flowroute.numbersv1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The answers of Numbers v1 (§9.2) as records, read leniently by the REST client's mapper ({@code
 * FlowrouteJson.lenient()}): unknown fields ignored, costs as strings or numbers. v1's collections
 * are objects keyed by the item (an area code, an exchange, a number, a route name), {@code {}} or
 * absent when empty; Jackson keeps their keys in the order sent, which the paging relies on.
 */
public final class NumbersV1Answers {

  private NumbersV1Answers() {}

  /** One page of a keyed collection: its items by key and the links to the pages around it. */
  public interface KeyedPage<V> {

    /** The items as sent, keyed by the item. */
    Map<String, V> items();

    Links links();

    /** The items, none when v1 sent none. */
    default Map<String, V> itemsOrNone() {
      return items() == null ? Map.of() : items();
    }

    /** Whether v1 links a next page (a blank link is none). */
    default boolean hasNext() {
      return links() != null && links().next() != null && !links().next().isBlank();
    }
  }

  /** The relative links of a page ({@code /v1/...?limit=..&page=..}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Links(String prev, String next) {}

  /** {@code GET /available-tns/npas/}: area codes with links to their exchanges and numbers. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AreaCodes(Map<String, Object> npas, Links links) implements KeyedPage<Object> {
    @Override
    public Map<String, Object> items() {
      return npas;
    }
  }

  /** {@code GET /available-tns/npanxxs/}: exchanges (NPA and NXX) with links to their numbers. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Exchanges(Map<String, Object> npanxxs, Links links) implements KeyedPage<Object> {
    @Override
    public Map<String, Object> items() {
      return npanxxs;
    }
  }

  /** {@code GET /available-tns/tns/}: numbers for sale. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NumbersForSale(Map<String, ForSale> tns, Links links)
      implements KeyedPage<ForSale> {
    @Override
    public Map<String, ForSale> items() {
      return tns;
    }
  }

  /** A number for sale: costs as strings (§9.2); v1 shows no number type, read should one come. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ForSale(
      @JsonProperty("initial_cost") BigDecimal initialCost,
      @JsonProperty("monthly_cost") BigDecimal monthlyCost,
      String ratecenter,
      String state,
      @JsonProperty("number_type") String numberType) {

    public static final ForSale NONE = new ForSale(null, null, null, null, null);
  }

  /** {@code GET /tns/}: our numbers, each as {@code GET /tns/{number}} shows it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Numbers(Map<String, NumberDetails> tns, Links links)
      implements KeyedPage<NumberDetails> {
    @Override
    public Map<String, NumberDetails> items() {
      return tns;
    }
  }

  /** {@code GET /tns/{number}}: the billing method and the routes, primary then failover. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NumberDetails(
      @JsonProperty("billing_method") String billingMethod, List<RouteRef> routes) {

    public static final NumberDetails NONE = new NumberDetails(null, null);

    /** The route at {@code index} (0 primary, 1 failover), null when v1 shows none there. */
    public RouteRef route(int index) {
      return routes == null || routes.size() <= index ? null : routes.get(index);
    }
  }

  /** A number's route by name; {@code value} only on routes other than {@code sip-reg}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RouteRef(String type, String name, String value) {}

  /** {@code GET /routes/}: the account's routes by name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Routes(Map<String, Route> routes, Links links) implements KeyedPage<Route> {
    @Override
    public Map<String, Route> items() {
      return routes;
    }
  }

  /** A route: {@code HOST}, {@code PSTN}, {@code URI} or {@code SIP-REG}, and its value. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Route(String type, String value) {

    public static final Route NONE = new Route(null, null);
  }
}
