package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.shared.E164Number;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Port: the carrier that sells us numbers and routes their calls (Flowroute's Numbers v2 and Routes
 * v2). Failures are {@code NotFoundException} (unknown number or route), {@code
 * ValidationException} (refused input) or {@code UpstreamException} (down, rate-limited,
 * credentials refused, or refused by a rule such as a route still in use).
 */
public interface NumberProvider {

  OffsetPage<AvailableNumber> searchAvailable(NumberSearch search);

  /** Area codes with numbers for sale, optionally only those with a setup cost at most this. */
  OffsetPage<AreaCode> areaCodes(Optional<BigDecimal> maxSetupCost, int limit, int offset);

  OffsetPage<Exchange> exchanges(
      Optional<String> areaCode, Optional<BigDecimal> maxSetupCost, int limit, int offset);

  ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging);

  void release(E164Number number);

  ProviderResult update(E164Number number, NumberUpdate update);

  /** One of our numbers with its relationships, as the provider has it. */
  OwnedNumber details(E164Number number);

  /** Every number of the account (all pages), without relationships. */
  List<E164Number> allNumbers();

  void setCallback(E164Number number, CallbackKind kind, String url);

  void assignRoute(E164Number number, RouteSlot slot, RouteId route);

  void removeRoute(E164Number number, RouteSlot slot);

  /** Every route of the account (all pages), sip-reg included. */
  List<Route> allRoutes();

  Route createRoute(RouteSpec spec);

  Route updateRoute(RouteId id, RouteSpec spec);

  void deleteRoute(RouteId id);

  List<EdgeStrategy> edgeStrategies();
}
