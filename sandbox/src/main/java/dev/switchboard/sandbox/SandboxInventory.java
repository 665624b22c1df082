package dev.switchboard.sandbox;

import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Brings the emulated account's numbers into a freshly started API's inventory, as an operator
 * would: one reconciliation through {@code POST /v1/inventory/reconciliations}. The API sends only
 * from numbers in its inventory, and its own first scheduled reconciliation comes seconds later.
 */
public final class SandboxInventory {

  private SandboxInventory() {}

  /** Reconciles once; false (with the reason on stderr) when the API did not answer 200. */
  public static boolean reconcile(String apiUrl, FlowrouteEmulator emulator) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiUrl + "/v1/inventory/reconciliations"))
            .header("Authorization", "Bearer " + emulator.tokens().issue())
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      int status =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.discarding())
              .statusCode();
      if (status != 200) {
        System.err.println("sandbox: reconciling the inventory answered HTTP " + status);
      }
      return status == 200;
    } catch (IOException e) {
      System.err.println("sandbox: could not reconcile the inventory: " + e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
