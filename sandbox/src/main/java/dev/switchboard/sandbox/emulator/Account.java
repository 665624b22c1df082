package dev.switchboard.sandbox.emulator;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The emulated Flowroute account: its numbers and its account- and number-level callbacks. */
final class Account {

  private final Map<String, AccountNumber> numbers = new LinkedHashMap<>();
  private final Map<CallbackType, String> callbacks = new ConcurrentHashMap<>();
  private final Map<String, Map<CallbackType, String>> numberCallbacks = new ConcurrentHashMap<>();

  Account(EmulatorConfig config) {
    config.numbers().forEach(n -> numbers.put(n.number(), n));
    callbacks.putAll(config.accountCallbacks());
  }

  Collection<AccountNumber> numbers() {
    return numbers.values();
  }

  Optional<AccountNumber> number(String number) {
    return Optional.ofNullable(numbers.get(number));
  }

  /** Sets an account-level URL; null or blank clears it. */
  void setAccountCallback(CallbackType type, String url) {
    if (url == null || url.isBlank()) {
      callbacks.remove(type);
    } else {
      callbacks.put(type, url);
    }
  }

  Optional<String> accountCallback(CallbackType type) {
    return Optional.ofNullable(callbacks.get(type));
  }

  /** Sets a number-level URL; null or blank clears it. */
  void setNumberCallback(String number, CallbackType type, String url) {
    Map<CallbackType, String> forNumber =
        numberCallbacks.computeIfAbsent(
            number, n -> java.util.Collections.synchronizedMap(new EnumMap<>(CallbackType.class)));
    if (url == null || url.isBlank()) {
      forNumber.remove(type);
    } else {
      forNumber.put(type, url);
    }
  }

  /** The number-level URL if set, else the account-level one. */
  Optional<String> callbackFor(String number, CallbackType type) {
    Map<CallbackType, String> forNumber = numberCallbacks.get(number);
    if (forNumber != null && forNumber.get(type) != null) {
      return Optional.of(forNumber.get(type));
    }
    return accountCallback(type);
  }

  void reset(EmulatorConfig config) {
    callbacks.clear();
    callbacks.putAll(config.accountCallbacks());
    numberCallbacks.clear();
  }
}
