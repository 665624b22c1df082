package dev.switchboard.sandbox.emulator.control;

import dev.switchboard.sandbox.emulator.faults.Faults;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.util.regex.Matcher;

/** {@code GET /sandbox/faults} and {@code POST /sandbox/faults}: read or change the faults. */
public final class FaultsApi {

  private final Faults faults;

  public FaultsApi(Faults faults) {
    this.faults = faults;
  }

  public void register(Router router) {
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
