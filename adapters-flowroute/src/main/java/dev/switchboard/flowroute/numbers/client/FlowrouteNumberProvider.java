package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteReply;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.routes.client.FlowrouteRouteReader;
import dev.switchboard.flowroute.routes.client.RouteRelationshipRequest;
import dev.switchboard.flowroute.routes.client.RouteRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Buys, configures and routes our numbers through Flowroute's Numbers v2 and Routes v2. */
@ApplicationScoped
public class FlowrouteNumberProvider implements NumberProvider {

  /** The largest page Flowroute serves of numbers and routes (§1.6). */
  static final int PAGE_SIZE = 200;

  /** A guard against a server whose next links never end (40,000 numbers or routes). */
  static final int MAX_PAGES = 200;

  private final FlowrouteNumbersApi api;
  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FlowrouteNumberErrors errors;
  private final FlowrouteRetry retry;

  @Inject
  public FlowrouteNumberProvider(FlowrouteNumbersApi api) {
    this(api, null);
  }

  /** With {@code sleeper} null the retries really wait. */
  FlowrouteNumberProvider(FlowrouteNumbersApi api, FlowrouteRetry.Sleeper sleeper) {
    this.api = api;
    this.errors = new FlowrouteNumberErrors(json);
    this.retry =
        sleeper == null ? FlowrouteRetry.sleeping(errors) : new FlowrouteRetry(sleeper, errors);
  }

  @Override
  public OffsetPage<AvailableNumber> searchAvailable(NumberSearch search) {
    String type = search.type().map(FlowrouteNumberProvider::searchType).orElse(null);
    JsonApiDocument page =
        get(
            Endpoint.CATALOGUE,
            () ->
                api.searchAvailable(
                    search.startsWith().orElse(null),
                    search.contains().orElse(null),
                    search.endsWith().orElse(null),
                    search.state().orElse(null),
                    search.rateCenter().orElse(null),
                    type,
                    search.orderBy().orElse(null),
                    search.limit(),
                    search.offset()));
    return page(page, FlowrouteNumberReader::availableNumbers, search.offset(), search.limit());
  }

  @Override
  public OffsetPage<AreaCode> areaCodes(Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    JsonApiDocument page =
        get(Endpoint.CATALOGUE, () -> api.areaCodes(cost(maxSetupCost), limit, offset));
    return page(page, FlowrouteNumberReader::areaCodes, offset, limit);
  }

  @Override
  public OffsetPage<Exchange> exchanges(
      Optional<String> areaCode, Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    JsonApiDocument page =
        get(
            Endpoint.CATALOGUE,
            () -> api.exchanges(areaCode.orElse(null), cost(maxSetupCost), limit, offset));
    return page(page, FlowrouteNumberReader::exchanges, offset, limit);
  }

  @Override
  public ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging) {
    FlowrouteReply reply = once(() -> api.purchase(number.elevenDigits(), cnamLookups, messaging));
    return result(Endpoint.NUMBER, number, reply, Optional.of(messaging));
  }

  @Override
  public void release(E164Number number) {
    delete(Endpoint.NUMBER, () -> api.release(number.elevenDigits()));
  }

  @Override
  public ProviderResult update(E164Number number, NumberUpdate update) {
    String body = FlowrouteJson.write(json, UpdateNumberRequest.of(update));
    FlowrouteReply reply =
        retry.run(() -> call(() -> api.updateNumber(number.elevenDigits(), body)));
    return result(Endpoint.NUMBER, number, reply, update.messagingEnabled());
  }

  @Override
  public OwnedNumber details(E164Number number) {
    return FlowrouteNumberReader.ownedNumber(
        get(Endpoint.NUMBER, () -> api.number(number.elevenDigits())));
  }

  @Override
  public List<E164Number> allNumbers() {
    return all(offset -> api.numbers(PAGE_SIZE, offset), FlowrouteNumberReader::numbers);
  }

  @Override
  public void setCallback(E164Number number, CallbackKind kind, String url) {
    String body = FlowrouteJson.write(json, NumberCallbackRequest.of(url));
    FlowrouteReply reply =
        once(() -> api.setCallback(number.elevenDigits(), callbackType(kind), body));
    requireSuccess(Endpoint.NUMBER, reply);
  }

  @Override
  public void assignRoute(E164Number number, RouteSlot slot, RouteId route) {
    String body = FlowrouteJson.write(json, RouteRelationshipRequest.of(route));
    FlowrouteReply reply =
        retry.run(
            () -> call(() -> api.assignRoute(number.elevenDigits(), relationship(slot), body)));
    requireSuccess(Endpoint.NUMBER_ROUTE, reply);
  }

  @Override
  public void removeRoute(E164Number number, RouteSlot slot) {
    delete(Endpoint.NUMBER, () -> api.removeRoute(number.elevenDigits(), relationship(slot)));
  }

  @Override
  public List<Route> allRoutes() {
    return all(offset -> api.routes(PAGE_SIZE, offset), FlowrouteRouteReader::routes);
  }

  /**
   * Creates the route with the documented create, then sets its edge strategy with the documented
   * update when one is asked. The edge strategy reported is only ever the one Flowroute's answer
   * shows.
   */
  @Override
  public Route createRoute(RouteSpec spec) {
    String envelope = FlowrouteJson.write(json, RouteRequest.create(spec));
    FlowrouteReply reply = once(() -> api.createRoute(envelope));
    requireSuccess(Endpoint.ROUTE_WRITE, reply);
    Route created =
        FlowrouteRouteReader.route(
            JsonApiDocument.parse(reply.body()).resource(), Optional.of(spec));
    if (spec.edgeStrategyId().isEmpty() || created.edgeStrategyId().equals(spec.edgeStrategyId())) {
      return created;
    }
    String edge = FlowrouteJson.write(json, RouteRequest.edgeStrategy(spec.edgeStrategyId().get()));
    return answeredRoute(
        created.id(),
        spec,
        retry.run(() -> call(() -> api.updateRoute(created.id().value(), edge))));
  }

  @Override
  public Route updateRoute(RouteId id, RouteSpec spec) {
    String envelope = FlowrouteJson.write(json, RouteRequest.update(spec));
    FlowrouteReply reply = retry.run(() -> call(() -> api.updateRoute(id.value(), envelope)));
    return answeredRoute(id, spec, reply);
  }

  /**
   * The route as a PATCH answer shows it; a 204 or a bare answer is read back from the route list
   * (Flowroute documents no single-route GET), so nothing is reported that Flowroute did not show.
   */
  private Route answeredRoute(RouteId id, RouteSpec spec, FlowrouteReply reply) {
    requireSuccess(routeEndpoint(id, Endpoint.ROUTE_WRITE), reply);
    if (JsonApiDocument.hasDataObject(reply.body())) {
      return FlowrouteRouteReader.route(
          JsonApiDocument.parse(reply.body()).resource(), Optional.of(spec));
    }
    return allRoutes().stream()
        .filter(route -> route.id().equals(id))
        .findFirst()
        .orElseThrow(() -> JsonApiDocument.invalid("route " + id + " is not in Flowroute's list"));
  }

  @Override
  public void deleteRoute(RouteId id) {
    delete(routeEndpoint(id, Endpoint.ROUTE_DELETE), () -> api.deleteRoute(id.value()));
  }

  @Override
  public List<EdgeStrategy> edgeStrategies() {
    return FlowrouteRouteReader.edgeStrategies(get(Endpoint.CATALOGUE, api::edgeStrategies));
  }

  /** The filter value Flowroute's newest docs use (§2.6, §13 U5: send the newest form). */
  static String searchType(NumberType type) {
    return switch (type) {
      case LOCAL -> "longcode";
      case TOLL_FREE -> "toll-free";
      case OTHER ->
          throw new ValidationException(
              "invalid-number-type", "Flowroute sells only local and toll-free numbers");
    };
  }

  static String callbackType(CallbackKind kind) {
    return kind.name().toLowerCase(Locale.ROOT) + "_callback";
  }

  static String relationship(RouteSlot slot) {
    return slot.name().toLowerCase(Locale.ROOT) + "_route";
  }

  /**
   * The number after a purchase or PATCH. The messaging setting is what we asked for when Flowroute
   * accepted it ({@code REQUESTED}): its answer shows none, or shows {@code false} while the
   * asynchronous message provisioning runs (the v2.1 purchase example). A 207 means enabling
   * failed: messaging is off, as Flowroute reported. Nothing asked and nothing shown leaves it
   * {@code UNKNOWN} for the use case to keep what the inventory knew.
   */
  private ProviderResult result(
      Endpoint endpoint, E164Number number, FlowrouteReply reply, Optional<Boolean> asked) {
    requireSuccess(endpoint, reply);
    Optional<String> partial =
        reply.status() == 207 ? Optional.of(errors.partialFailure(reply.body())) : Optional.empty();
    OwnedNumber owned =
        JsonApiDocument.hasDataObject(reply.body())
            ? FlowrouteNumberReader.ownedNumber(JsonApiDocument.parse(reply.body()))
            // A 207 may carry only errors: read the number as Flowroute now has it.
            : details(number);
    if (partial.isPresent()) {
      owned = owned.withMessaging(false, MessagingSource.REPORTED);
    } else if (asked.isPresent()
        && !(owned.messagingSource() == MessagingSource.REPORTED
            && owned.messagingEnabled() == asked.get())) {
      owned = owned.withMessaging(asked.get(), MessagingSource.REQUESTED);
    }
    return new ProviderResult(owned, partial);
  }

  /** Flowroute's refusals about the built-in sip-reg route say nothing about other routes. */
  private static Endpoint routeEndpoint(RouteId id, Endpoint endpoint) {
    return id.equals(RouteId.SIP_REG) ? Endpoint.ROUTE : endpoint;
  }

  private <T> OffsetPage<T> page(
      JsonApiDocument document, Function<JsonApiDocument, List<T>> items, int offset, int limit) {
    List<T> read = items.apply(document);
    return new OffsetPage<>(
        read, offset, limit, document.hasNext() && !document.resources().isEmpty());
  }

  /** Every page, following {@code links.next} until Flowroute leaves it out. */
  private <T> List<T> all(IntFunction<Response> request, Function<JsonApiDocument, List<T>> items) {
    List<T> all = new ArrayList<>();
    int offset = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      int pageOffset = offset;
      JsonApiDocument document = get(Endpoint.CATALOGUE, () -> request.apply(pageOffset));
      all.addAll(items.apply(document));
      int size = document.resources().size();
      if (!document.hasNext() || size == 0) {
        return all;
      }
      offset = document.nextOffset().orElse(pageOffset + size);
      if (offset <= pageOffset) {
        return all;
      }
    }
    throw JsonApiDocument.invalid("Flowroute's list did not end after " + MAX_PAGES + " pages");
  }

  private JsonApiDocument get(Endpoint endpoint, Supplier<Response> request) {
    FlowrouteReply reply = retry.run(() -> call(request));
    requireSuccess(endpoint, reply);
    return JsonApiDocument.parse(reply.body());
  }

  /** A DELETE, repeated if need be; a 404 after an attempt that may have worked means done. */
  private void delete(Endpoint endpoint, Supplier<Response> request) {
    FlowrouteReply reply = retry.run(() -> call(request));
    if (reply.status() == 404 && reply.afterUncertainAttempt()) {
      return;
    }
    requireSuccess(endpoint, reply);
  }

  /** A call that must not be repeated (a POST): one attempt, whatever happens. */
  private FlowrouteReply once(Supplier<Response> request) {
    try {
      return call(request);
    } catch (RuntimeException noAnswer) {
      throw errors.fromFailure(noAnswer);
    }
  }

  private void requireSuccess(Endpoint endpoint, FlowrouteReply reply) {
    if (!reply.success()) {
      throw errors.fromResponse(endpoint, reply.status(), reply.retryAfter(), reply.body());
    }
  }

  private static FlowrouteReply call(Supplier<Response> request) {
    try (Response response = request.get()) {
      String body = response.hasEntity() ? response.readEntity(String.class) : "";
      return new FlowrouteReply(
          response.getStatus(), response.getHeaderString(HttpHeaders.RETRY_AFTER), body, false);
    }
  }

  private static String cost(Optional<BigDecimal> cost) {
    return cost.map(BigDecimal::toPlainString).orElse(null);
  }
}
