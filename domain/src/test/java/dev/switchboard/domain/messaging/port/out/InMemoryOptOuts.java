package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutQuery;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory opt-out list, for use-case tests; keeps {@link OptOutsContract}. */
public final class InMemoryOptOuts implements OptOuts {

  /** A row's key: the pair, our number empty for every number. */
  private record Key(Optional<E164Number> ourNumber, E164Number peer) {}

  private final Map<Key, OptOut> entries = new ConcurrentHashMap<>();

  @Override
  public Set<Pair> optedOut(Collection<Pair> pairs) {
    Set<Pair> out = new HashSet<>();
    for (Pair pair : pairs) {
      if (entries.values().stream().anyMatch(o -> o.covers(pair.ourNumber(), pair.phone()))) {
        out.add(pair);
      }
    }
    return out;
  }

  @Override
  public boolean add(OptOut optOut) {
    return entries.putIfAbsent(new Key(optOut.ourNumber(), optOut.peer()), optOut) == null;
  }

  @Override
  public Optional<OptOut> remove(Optional<E164Number> ourNumber, E164Number peer) {
    return Optional.ofNullable(entries.remove(new Key(ourNumber, peer)));
  }

  @Override
  public Optional<OptOut> byId(UUID id) {
    return entries.values().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Override
  public Page<OptOut> list(OptOutQuery query) {
    List<OptOut> matching =
        entries.values().stream()
            .filter(query::matches)
            .filter(o -> query.after().map(a -> o.id().compareTo(a) < 0).orElse(true))
            .sorted(Comparator.comparing(OptOut::id).reversed())
            .toList();
    return new Page<>(
        matching.subList(0, Math.min(query.limit(), matching.size())),
        matching.size() > query.limit());
  }

  /** The opt-out of exactly this pair, if recorded. */
  public Optional<OptOut> entry(E164Number ourNumber, E164Number phone) {
    return Optional.ofNullable(entries.get(new Key(Optional.of(ourNumber), phone)));
  }
}
