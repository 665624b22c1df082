package dev.switchboard.sandbox.emulator.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matches method and path pattern to a handler; 404 for unknown paths, 405 for wrong methods. */
public final class Router {

  /** Handles a matched request; the matcher holds the path's groups. */
  public interface Handler {
    void handle(Exchange exchange, Matcher path) throws IOException;
  }

  private record Route(String method, Pattern pattern, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String regex, Handler handler) {
    routes.add(new Route(method, Pattern.compile(regex), handler));
    return this;
  }

  public void dispatch(Exchange exchange) throws IOException {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher matcher = route.pattern().matcher(exchange.path());
      if (matcher.matches()) {
        pathKnown = true;
        if (route.method().equals(exchange.method())) {
          route.handler().handle(exchange, matcher);
          return;
        }
      }
    }
    if (pathKnown) {
      throw new FlowrouteException(
          405, "Method Not Allowed", "The method is not allowed for the requested URL.");
    }
    throw FlowrouteException.notFound("The requested URL was not found on the server.");
  }
}
