package dev.switchboard.api.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;

/** Numbers bought through the API, as a client buys them, for tests that need one of ours. */
public final class Purchases {

  private Purchases() {}

  /**
   * Buys the first number the catalogue offers for {@code search} (query parameters of {@code GET
   * /v1/numbers/available}) and returns it.
   *
   * @param api a request with the caller's credentials, made anew for each call
   */
  public static String first(Supplier<RequestSpecification> api, Map<String, ?> search) {
    return first(api, search, Map.of());
  }

  /**
   * As {@link #first(Supplier, Map)}, with more fields of the purchase ({@code messagingEnabled}).
   */
  public static String first(
      Supplier<RequestSpecification> api, Map<String, ?> search, Map<String, ?> order) {
    String number = firstAvailable(api, search);
    api.get()
        .contentType(ContentType.JSON)
        .body(purchase(number, order))
        .post("/v1/numbers")
        .then()
        .statusCode(201);
    return number;
  }

  private static Map<String, Object> purchase(String number, Map<String, ?> order) {
    Map<String, Object> body = new java.util.LinkedHashMap<>(order);
    body.put("number", number);
    return body;
  }

  /** The first number the catalogue offers for {@code search}, not bought. */
  public static String firstAvailable(Supplier<RequestSpecification> api, Map<String, ?> search) {
    return api.get()
        .queryParams(search)
        .queryParam("limit", 1)
        .get("/v1/numbers/available")
        .then()
        .statusCode(200)
        .extract()
        .path("data[0].number");
  }

  /** {@code POST /v1/numbers} of this number with messaging, for the caller to check the answer. */
  public static ValidatableResponse buyWithMessaging(
      Supplier<RequestSpecification> api, String number) {
    return api.get()
        .contentType(ContentType.JSON)
        .body(Map.of("number", number, "messagingEnabled", true))
        .post("/v1/numbers")
        .then();
  }
}
