package dev.switchboard.sandbox.emulator.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulated Flowroute account: its numbers (with their attributes and routes) and its account-
 * and number-level callbacks.
 */
public final class Account {

  private final Map<String, NumberDetails> numbers = new TreeMap<>();
  private final Map<CallbackType, String> callbacks = new ConcurrentHashMap<>();
  private final Map<String, Map<CallbackType, String>> numberCallbacks = new ConcurrentHashMap<>();

  /**
   * The account's messaging API version ({@code v2}, {@code v2.1}, {@code v2.2}): webhook forms.
   */
  private volatile String messagingApiVersion;

  private final List<AccountNumber> configuredNumbers;
  private final Map<CallbackType, String> configuredCallbacks;
  private final String configuredMessagingApiVersion;

  /** An account with these numbers, account-level callbacks and messaging API version. */
  public Account(
      List<AccountNumber> numbers,
      Map<CallbackType, String> callbacks,
      String messagingApiVersion) {
    this.configuredNumbers = List.copyOf(numbers);
    this.configuredCallbacks = Map.copyOf(callbacks);
    this.configuredMessagingApiVersion = messagingApiVersion;
    reset();
  }

  /** The numbers, by number. */
  public synchronized Collection<AccountNumber> numbers() {
    return numbers.values().stream().map(NumberDetails::accountNumber).toList();
  }

  public synchronized Optional<AccountNumber> number(String number) {
    return details(number).map(NumberDetails::accountNumber);
  }

  public synchronized Optional<NumberDetails> details(String number) {
    return Optional.ofNullable(number == null ? null : numbers.get(number));
  }

  /** Every number with its attributes, by number. */
  public synchronized List<NumberDetails> allDetails() {
    return new ArrayList<>(numbers.values());
  }

  public synchronized void put(NumberDetails number) {
    numbers.put(number.number(), number);
  }

  /** Takes a number off the account with its number-level callbacks. */
  synchronized Optional<NumberDetails> remove(String number) {
    numberCallbacks.remove(number);
    return Optional.ofNullable(numbers.remove(number));
  }

  /** Sets an account-level URL; null or blank clears it. */
  public void setAccountCallback(CallbackType type, String url) {
    if (url == null || url.isBlank()) {
      callbacks.remove(type);
    } else {
      callbacks.put(type, url);
    }
  }

  public Optional<String> accountCallback(CallbackType type) {
    return Optional.ofNullable(callbacks.get(type));
  }

  /** Sets a number-level URL; null or blank clears it. */
  public void setNumberCallback(String number, CallbackType type, String url) {
    Map<CallbackType, String> forNumber =
        numberCallbacks.computeIfAbsent(
            number, n -> java.util.Collections.synchronizedMap(new EnumMap<>(CallbackType.class)));
    if (url == null || url.isBlank()) {
      forNumber.remove(type);
    } else {
      forNumber.put(type, url);
    }
  }

  /** The number-level URL only. */
  public Optional<String> numberCallback(String number, CallbackType type) {
    Map<CallbackType, String> forNumber = numberCallbacks.get(number);
    return forNumber == null ? Optional.empty() : Optional.ofNullable(forNumber.get(type));
  }

  /** The number-level URL if set, else the account-level one. */
  public Optional<String> callbackFor(String number, CallbackType type) {
    Map<CallbackType, String> forNumber = numberCallbacks.get(number);
    if (forNumber != null && forNumber.get(type) != null) {
      return Optional.of(forNumber.get(type));
    }
    return accountCallback(type);
  }

  /** Back to the configured numbers (no alias, sip-reg route), callbacks and API version. */
  synchronized void reset() {
    numbers.clear();
    configuredNumbers.forEach(
        n ->
            numbers.put(
                n.number(),
                NumberDetails.fresh(Catalogue.derive(n.number()), false, n.messagingEnabled())));
    callbacks.clear();
    callbacks.putAll(configuredCallbacks);
    numberCallbacks.clear();
    messagingApiVersion = configuredMessagingApiVersion;
  }

  public String messagingApiVersion() {
    return messagingApiVersion;
  }

  public void setMessagingApiVersion(String version) {
    if (!java.util.Set.of("v2", "legacy", "v2.1", "v2.2").contains(version)) {
      throw new IllegalArgumentException("messaging API version must be v2, v2.1 or v2.2");
    }
    messagingApiVersion = version;
  }
}
