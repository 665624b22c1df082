package dev.switchboard.flowroute.numbersv1;

import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberReader;
import dev.switchboard.flowroute.numbersv1.NumbersV1Answers.NumberDetails;
import dev.switchboard.flowroute.numbersv1.NumbersV1Answers.RouteRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Buys our numbers and reads them through Flowroute's Numbers v1 ({@code PUT /v1/tns/{number}},
 * {@code GET /v1/tns/}, {@code GET /v1/tns/{number}}, §9.2). v1 shows a number's billing method and
 * its two routes only: no alias, CNAM lookups, messaging, location, E911 or caller name. It has no
 * release and no settings, so those are refused once the number is known to be ours. Messaging is
 * whatever the account has (v1 has no switch for it): a purchase does not refuse it and reports it
 * unknown.
 */
@ApplicationScoped
@Typed(NumbersV1NumberProvider.class)
public class NumbersV1NumberProvider implements NumberProvider {

  /** The billing method the v1 docs and SDKs buy with (§9.2). */
  static final String PURCHASE = "{\"billing_method\":\"METERED\"}";

  private final FlowrouteNumbersV1Api api;
  private final NumbersV1Calls calls;

  @Inject
  public NumbersV1NumberProvider(@RestClient FlowrouteNumbersV1Api api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  public NumbersV1NumberProvider(FlowrouteNumbersV1Api api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private NumbersV1NumberProvider(
      FlowrouteNumbersV1Api api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.api = api;
    this.calls = new NumbersV1Calls(sleeper, guard);
  }

  @Override
  public ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging) {
    if (cnamLookups) {
      throw NumbersV1Calls.notAvailable("Turning on CNAM lookups");
    }
    calls
        .calls()
        .succeeded(
            Endpoint.NUMBER,
            calls.calls().once(() -> api.purchase(number.elevenDigits(), PURCHASE)));
    return new ProviderResult(details(number), Optional.empty());
  }

  @Override
  public void release(E164Number number) {
    details(number);
    throw NumbersV1Calls.notAvailable("Releasing a number");
  }

  @Override
  public ProviderResult update(E164Number number, NumberUpdate update) {
    details(number);
    throw NumbersV1Calls.notAvailable("Changing a number's alias, CNAM lookups or messaging");
  }

  @Override
  public OwnedNumber details(E164Number number) {
    return owned(
        number,
        calls.get(Endpoint.NUMBER, () -> api.number(number.elevenDigits()), NumberDetails.NONE));
  }

  @Override
  public List<E164Number> allNumbers() {
    return calls
        .all(Endpoint.CATALOGUE, page -> api.numbers(NumbersV1Calls.PAGE_SIZE, page))
        .stream()
        .map(item -> E164Number.parse(item.key()))
        .toList();
  }

  @Override
  public void setCallback(E164Number number, CallbackKind kind, String url) {
    details(number);
    throw NumbersV1Calls.notAvailable("A number's own messaging callback");
  }

  /**
   * A number from {@code GET /v1/tns/{number}}: {@code routes[0]} is the primary route and {@code
   * routes[1]} the failover, each by name; v1 shows {@code sip-reg} where no failover is set, so a
   * sip-reg failover reads as none.
   */
  static OwnedNumber owned(E164Number number, NumberDetails details) {
    Optional<RouteId> primary = routeName(details.route(0)).map(NumbersV1Routes::idOf);
    Optional<RouteId> failover =
        routeName(details.route(1))
            .map(NumbersV1Routes::idOf)
            .filter(id -> !id.equals(RouteId.SIP_REG));
    return new OwnedNumber(
        number,
        FlowrouteNumberReader.type(null, number),
        null,
        false,
        false,
        MessagingSource.UNKNOWN,
        null,
        null,
        Optional.of(primary.orElse(RouteId.SIP_REG)),
        failover,
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  static Optional<String> routeName(RouteRef route) {
    return route == null ? Optional.empty() : FlowrouteJson.text(route.name());
  }
}
