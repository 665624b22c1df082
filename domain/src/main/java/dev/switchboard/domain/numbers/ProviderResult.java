package dev.switchboard.domain.numbers;

import java.util.Optional;

/**
 * A number after a purchase or an update at the provider, with the part that failed when the
 * provider reported partial success (Flowroute's 207: the number is fine, messaging is not).
 */
public record ProviderResult(OwnedNumber number, Optional<String> partialFailure) {
  public ProviderResult {
    partialFailure = partialFailure == null ? Optional.empty() : partialFailure;
  }
}
