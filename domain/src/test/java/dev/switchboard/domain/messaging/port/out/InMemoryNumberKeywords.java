package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.shared.E164Number;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers' own keywords in memory, for use-case tests. */
public final class InMemoryNumberKeywords implements NumberKeywords {

  private final Map<E164Number, Map<Keyword, KeywordRule>> own = new ConcurrentHashMap<>();

  @Override
  public Map<Keyword, KeywordRule> of(E164Number number) {
    return own.getOrDefault(number, Map.of());
  }

  @Override
  public void save(E164Number number, Map<Keyword, KeywordRule> rules) {
    own.put(number, Map.copyOf(rules));
  }

  @Override
  public boolean remove(E164Number number) {
    return own.remove(number) != null;
  }
}
