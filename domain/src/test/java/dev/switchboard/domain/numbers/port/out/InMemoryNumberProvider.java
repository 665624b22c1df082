package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The in-memory carrier of our numbers, for use-case tests. As Flowroute, its description of a
 * number shows neither the messaging setting nor the number's own callbacks; the test plays a
 * change made at the carrier behind our back with {@link #changeBehindOurBack}.
 */
public final class InMemoryNumberProvider implements NumberProvider {

  private final FakeCarrierAccount account;
  private final InMemoryNumberCatalogue catalogue;
  private final Map<E164Number, OwnedNumber> numbers = new ConcurrentHashMap<>();
  private final Map<E164Number, Map<CallbackKind, String>> callbacks = new ConcurrentHashMap<>();

  public InMemoryNumberProvider(FakeCarrierAccount account) {
    this(account, null);
  }

  public InMemoryNumberProvider(FakeCarrierAccount account, InMemoryNumberCatalogue catalogue) {
    this.account = account;
    this.catalogue = catalogue;
  }

  @Override
  public ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging) {
    account.call();
    Optional<AvailableNumber> offered =
        catalogue == null ? Optional.empty() : catalogue.offered(number);
    NumberType type =
        offered
            .map(AvailableNumber::type)
            .orElse(number.value().startsWith("+18") ? NumberType.TOLL_FREE : NumberType.LOCAL);
    OwnedNumber bought =
        new OwnedNumber(
            number,
            type,
            null,
            cnamLookups,
            messaging,
            MessagingSource.REQUESTED,
            offered.map(AvailableNumber::rateCenter).orElse("SEATTLE"),
            offered.map(AvailableNumber::state).orElse("WA"),
            Optional.of(RouteId.SIP_REG),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of());
    account.own(number, type);
    numbers.put(number, bought.withMessaging(false, MessagingSource.UNKNOWN));
    return new ProviderResult(bought, Optional.empty());
  }

  @Override
  public void release(E164Number number) {
    require(number);
    account.give(number);
    numbers.remove(number);
    callbacks.remove(number);
  }

  @Override
  public ProviderResult update(E164Number number, NumberUpdate update) {
    OwnedNumber current = require(number);
    OwnedNumber changed =
        new OwnedNumber(
            number,
            current.type(),
            update.alias().orElse(current.alias()),
            update.cnamLookupsEnabled().orElse(current.cnamLookupsEnabled()),
            false,
            MessagingSource.UNKNOWN,
            current.rateCenter(),
            current.state(),
            current.primaryRoute(),
            current.failoverRoute(),
            current.e911Id(),
            current.cnamId(),
            Map.of());
    numbers.put(number, changed);
    OwnedNumber answer =
        update
            .messagingEnabled()
            .map(enabled -> changed.withMessaging(enabled, MessagingSource.REQUESTED))
            .orElse(changed);
    return new ProviderResult(answer, Optional.empty());
  }

  @Override
  public OwnedNumber details(E164Number number) {
    return require(number);
  }

  @Override
  public List<E164Number> allNumbers() {
    account.call();
    return numbers.keySet().stream().sorted().toList();
  }

  @Override
  public void setCallback(E164Number number, CallbackKind kind, String url) {
    require(number);
    Map<CallbackKind, String> of =
        callbacks.computeIfAbsent(number, n -> new EnumMap<>(CallbackKind.class));
    if (url.isEmpty()) {
      of.remove(kind);
    } else {
      of.put(kind, url);
    }
  }

  /** The callback the carrier sends the number's events of this kind to. */
  public Optional<String> callbackOf(E164Number number, CallbackKind kind) {
    return Optional.ofNullable(callbacks.getOrDefault(number, Map.of()).get(kind));
  }

  /** Whether the number is on the account. */
  public boolean has(E164Number number) {
    return numbers.containsKey(number);
  }

  /**
   * Changes the carrier's record of a number: the route provider sets its route relationships so,
   * and a test plays someone changing it in Flowroute's portal, behind our back.
   */
  public void change(E164Number number, UnaryOperator<OwnedNumber> change) {
    numbers.put(number, change.apply(require(number)));
  }

  /** Puts a number on the account behind our back, as bought in Flowroute's portal. */
  public void addBehindOurBack(OwnedNumber number) {
    account.own(number.number(), number.type());
    numbers.put(number.number(), number.withCallbacks(Map.of()));
  }

  /** Takes a number off the account behind our back, as released in Flowroute's portal. */
  public void removeBehindOurBack(E164Number number) {
    account.give(number);
    numbers.remove(number);
  }

  private OwnedNumber require(E164Number number) {
    account.call();
    OwnedNumber found = numbers.get(number);
    if (found == null) {
      throw new NotFoundException(
          ProblemType.NUMBER_NOT_FOUND, "no number " + number + " on the account");
    }
    return found;
  }
}
