package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.shared.E164Number;
import java.util.Map;

/** Port: the keyword families a number of ours answers its own way, instead of the account's. */
public interface NumberKeywords {

  /** No number has its own keywords. */
  NumberKeywords NONE =
      new NumberKeywords() {
        @Override
        public Map<Keyword, KeywordRule> of(E164Number number) {
          return Map.of();
        }

        @Override
        public void save(E164Number number, Map<Keyword, KeywordRule> rules) {
          throw new UnsupportedOperationException("no number keeps its own keywords here");
        }

        @Override
        public boolean remove(E164Number number) {
          return false;
        }
      };

  /** The number's own rules, by family; empty when it follows the account in every family. */
  Map<Keyword, KeywordRule> of(E164Number number);

  /** Replaces the number's own rules (an empty map: it follows the account again). */
  void save(E164Number number, Map<Keyword, KeywordRule> rules);

  /** Forgets the number's own rules; whether it had any. */
  boolean remove(E164Number number);
}
