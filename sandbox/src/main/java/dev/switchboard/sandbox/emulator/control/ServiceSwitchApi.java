package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@code POST /sandbox/{kafka|postgres}/{stop|start}} and {@code GET /sandbox/{kafka|postgres}}:
 * the outages a user can cause by hand. Only services the launcher registered can be switched; the
 * others answer 404.
 */
public final class ServiceSwitchApi {

  private final Map<String, ServiceSwitch> switches;

  public ServiceSwitchApi(Map<String, ServiceSwitch> switches) {
    this.switches = switches;
  }

  public void register(Router router) {
    router
        .add("GET", "/sandbox/(kafka|postgres)", this::state)
        .add("POST", "/sandbox/(kafka|postgres)/(stop|start)", this::flip);
  }

  private void state(Exchange exchange, Matcher path) throws IOException {
    exchange.json(200, stateOf(path.group(1), owned(path.group(1))), "application/json");
  }

  private void flip(Exchange exchange, Matcher path) throws IOException {
    String name = path.group(1);
    ServiceSwitch service = owned(name);
    try {
      if (path.group(2).equals("stop")) {
        service.stop();
      } else {
        service.start();
      }
    } catch (Exception e) {
      throw FlowrouteException.unprocessable(
          "could not " + path.group(2) + " " + name + ": " + e.getClass().getSimpleName());
    }
    exchange.json(200, stateOf(name, service), "application/json");
  }

  private ServiceSwitch owned(String name) {
    ServiceSwitch service = switches.get(name);
    if (service == null) {
      throw FlowrouteException.notFound(
          name + " is not run by this sandbox launcher, so it cannot be switched from here");
    }
    return service;
  }

  private static ObjectNode stateOf(String name, ServiceSwitch service) {
    ObjectNode state = Json.object();
    state.put("service", name);
    state.put("running", service.isRunning());
    return state;
  }
}
