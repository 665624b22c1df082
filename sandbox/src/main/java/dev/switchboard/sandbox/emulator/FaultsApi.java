package dev.switchboard.sandbox.emulator;

import java.io.IOException;
import java.util.regex.Matcher;

/** {@code GET /sandbox/faults} and {@code POST /sandbox/faults}: read or change the faults. */
final class FaultsApi {

  private final Faults faults;

  FaultsApi(Faults faults) {
    this.faults = faults;
  }

  void register(Router router) {
    router
        .add("GET", "/sandbox/faults", this::faults)
        .add("POST", "/sandbox/faults", this::setFaults);
  }

  private void faults(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, faults.toJson(), "application/json");
  }

  private void setFaults(Exchange exchange, Matcher path) throws IOException {
    faults.apply(exchange.jsonBody());
    exchange.json(200, faults.toJson(), "application/json");
  }
}
