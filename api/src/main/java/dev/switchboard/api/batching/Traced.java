package dev.switchboard.api.batching;

import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.persistence.outbox.OutboxTraces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An item of a group commit with the trace context of the request that queued it: the batch runs on
 * another thread for many requests at once, so each request's context is captured on its own thread
 * and its events are stored with it.
 */
record Traced<T>(T item, TraceContext trace) {

  /** The item with the trace context current on the calling (request) thread. */
  static <T> Traced<T> capture(T item) {
    return new Traced<>(item, OutboxTraces.current());
  }

  /**
   * The batch work over traced items: it runs {@code work} on the bare items, and the events it
   * writes are stored with the context of the item whose {@code subject} they are about.
   */
  static <T, R> Function<List<Traced<T>>, List<R>> work(
      Function<T, String> subject, Function<List<T>, List<R>> work) {
    return batch -> {
      List<T> items = new ArrayList<>(batch.size());
      Map<String, TraceContext> origins = new HashMap<>();
      for (Traced<T> traced : batch) {
        items.add(traced.item());
        if (traced.trace() != null) {
          origins.put(subject.apply(traced.item()), traced.trace());
        }
      }
      return OutboxTraces.withOrigins(origins, () -> work.apply(items));
    };
  }
}
