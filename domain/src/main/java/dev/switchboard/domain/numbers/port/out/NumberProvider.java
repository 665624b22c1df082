package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.shared.E164Number;
import java.util.List;

/**
 * Port: the carrier that sells us numbers and keeps their settings (Flowroute's Numbers v2).
 * Failures are {@code NotFoundException} (unknown number), {@code ValidationException} (refused
 * input) or {@code UpstreamException} (down, rate-limited, credentials refused).
 */
public interface NumberProvider {

  ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging);

  void release(E164Number number);

  ProviderResult update(E164Number number, NumberUpdate update);

  /** One of our numbers with its relationships, as the provider has it. */
  OwnedNumber details(E164Number number);

  /** Every number of the account (all pages), without relationships. */
  List<E164Number> allNumbers();

  void setCallback(E164Number number, CallbackKind kind, String url);
}
