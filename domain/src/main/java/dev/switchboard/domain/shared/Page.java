package dev.switchboard.domain.shared;

import java.util.List;
import java.util.Optional;

/** One page of a listing, and whether more items follow it. */
public record Page<T>(List<T> items, boolean hasMore) {
  public Page {
    items = List.copyOf(items);
  }

  /** The item the next page starts after, when there is a next page (the keyset cursor). */
  public Optional<T> lastIfMore() {
    return hasMore && !items.isEmpty()
        ? Optional.of(items.get(items.size() - 1))
        : Optional.empty();
  }
}
