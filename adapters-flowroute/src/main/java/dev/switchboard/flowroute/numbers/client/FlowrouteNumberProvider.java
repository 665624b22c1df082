package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.http.FlowrouteCalls;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteReply;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.http.JsonApiDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** Buys, configures and releases our numbers through Flowroute's Numbers v2. */
@ApplicationScoped
@Typed(FlowrouteNumberProvider.class)
public class FlowrouteNumberProvider implements NumberProvider {

  /** The largest page Flowroute serves of numbers (§1.6). */
  static final int PAGE_SIZE = 200;

  private final FlowrouteNumbersApi api;
  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FlowrouteNumberErrors errors;
  private final FlowrouteCalls calls;

  @Inject
  public FlowrouteNumberProvider(@RestClient FlowrouteNumbersApi api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  public FlowrouteNumberProvider(FlowrouteNumbersApi api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private FlowrouteNumberProvider(
      FlowrouteNumbersApi api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.api = api;
    this.errors = new FlowrouteNumberErrors(json);
    this.calls = new FlowrouteCalls(errors, sleeper, guard);
  }

  @Override
  public ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging) {
    FlowrouteReply<RestResponse<JsonApiDocument<NumberResource>>> reply =
        calls.once(() -> api.purchase(number.elevenDigits(), cnamLookups, messaging));
    return result(number, reply, Optional.of(messaging));
  }

  @Override
  public void release(E164Number number) {
    calls.delete(Endpoint.NUMBER, () -> api.release(number.elevenDigits()));
  }

  @Override
  public ProviderResult update(E164Number number, NumberUpdate update) {
    UpdateNumberRequest body = UpdateNumberRequest.of(update);
    FlowrouteReply<RestResponse<JsonApiDocument<NumberResource>>> reply =
        calls.repeatable(() -> api.updateNumber(number.elevenDigits(), body));
    return result(number, reply, update.messagingEnabled());
  }

  @Override
  public OwnedNumber details(E164Number number) {
    return FlowrouteNumberReader.ownedNumber(
        calls.get(Endpoint.NUMBER, () -> api.number(number.elevenDigits())));
  }

  @Override
  public List<E164Number> allNumbers() {
    return calls.all(
        Endpoint.CATALOGUE,
        offset -> api.numbers(PAGE_SIZE, offset),
        FlowrouteNumberReader::numbers);
  }

  @Override
  public void setCallback(E164Number number, CallbackKind kind, String url) {
    NumberCallbackRequest body = NumberCallbackRequest.of(url);
    calls.succeeded(
        Endpoint.NUMBER,
        calls.once(() -> api.setCallback(number.elevenDigits(), callbackType(kind), body)));
  }

  static String callbackType(CallbackKind kind) {
    return kind.name().toLowerCase(Locale.ROOT) + "_callback";
  }

  /**
   * The number after a purchase or PATCH. The messaging setting is what we asked for when Flowroute
   * accepted it ({@code REQUESTED}): its answer shows none, or shows {@code false} while the
   * asynchronous message provisioning runs (the v2.1 purchase example). A 207 means enabling
   * failed: messaging is off, as Flowroute reported. Nothing asked and nothing shown leaves it
   * {@code UNKNOWN} for the use case to keep what the inventory knew.
   */
  private ProviderResult result(
      E164Number number,
      FlowrouteReply<RestResponse<JsonApiDocument<NumberResource>>> reply,
      Optional<Boolean> asked) {
    calls.succeeded(Endpoint.NUMBER, reply);
    JsonApiDocument<NumberResource> document =
        reply.value() == null ? null : reply.value().getEntity();
    Optional<String> partial =
        reply.status() == 207
            ? Optional.of(errors.partialFailure(document == null ? "" : document.errorsText()))
            : Optional.empty();
    OwnedNumber owned =
        JsonApiDocument.hasData(document)
            ? FlowrouteNumberReader.ownedNumber(document)
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
}
