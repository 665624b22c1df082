package dev.switchboard.api.support;

import static io.restassured.RestAssured.given;

import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Changes the emulated Flowroute account directly through Flowroute's own API, the way someone
 * using Flowroute's portal or another tool would: drift the platform has not seen.
 */
public final class BehindTheBack {

  private final FlowrouteEmulator emulator;

  public BehindTheBack(FlowrouteEmulator emulator) {
    this.emulator = emulator;
  }

  private RequestSpecification flowroute() {
    return given()
        .baseUri(emulator.url())
        .auth()
        .preemptive()
        .basic(EmulatorConfig.DEFAULT_ACCESS_KEY, EmulatorConfig.DEFAULT_SECRET_KEY);
  }

  public void rename(String elevenDigits, String alias) {
    flowroute()
        .contentType(ContentType.JSON)
        .body("{\"type\":\"number\",\"alias\":\"" + alias + "\"}")
        .patch("/v2/numbers/" + elevenDigits)
        .then()
        .statusCode(200);
  }

  /** Turns a number's messaging on, as the portal does for accounts whose API has no switch. */
  public void enableMessaging(String elevenDigits) {
    flowroute()
        .contentType(ContentType.JSON)
        .body("{\"type\":\"number\",\"messaging_enabled\":true}")
        .patch("/v2/numbers/" + elevenDigits)
        .then()
        .statusCode(200);
  }

  public void release(String elevenDigits) {
    flowroute().delete("/v2/numbers/" + elevenDigits).then().statusCode(204);
  }

  public void purchase(String elevenDigits) {
    flowroute().post("/v2/numbers/" + elevenDigits).then().statusCode(201);
  }

  /** A local number for sale in the area code, from Flowroute's catalogue. */
  public String availableIn(String areaCode, int index) {
    return flowroute()
        .queryParam("starts_with", areaCode)
        .queryParam("limit", index + 1)
        .get("/v2/numbers/available")
        .then()
        .statusCode(200)
        .extract()
        .path("data[" + index + "].id");
  }

  public void setDown(boolean down) {
    given()
        .baseUri(emulator.url())
        .contentType(ContentType.JSON)
        .body("{\"down\":" + down + "}")
        .post("/sandbox/faults")
        .then()
        .statusCode(200);
  }
}
