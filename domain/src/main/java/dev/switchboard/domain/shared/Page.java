package dev.switchboard.domain.shared;

import java.util.List;

/** One page of a listing, and whether more items follow it. */
public record Page<T>(List<T> items, boolean hasMore) {
  public Page {
    items = List.copyOf(items);
  }
}
