package dev.switchboard.persistence.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.messaging.port.out.NumberKeywords;
import dev.switchboard.domain.shared.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Numbers' own keyword rules in PostgreSQL ({@code number_keywords}), as JSON by family; reads
 * happen on every inbound text, so they are one primary-key lookup.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheNumberKeywords implements NumberKeywords {

  /**
   * One family's rule as stored; a record of its own so the stored shape never follows the domain.
   */
  record StoredRule(List<String> words, String reply) {}

  private static final TypeReference<Map<String, StoredRule>> RULES = new TypeReference<>() {};

  private static final String SAVE =
      """
      INSERT INTO number_keywords (number, rules, updated_at) VALUES (:number, CAST(:rules AS jsonb), now())
      ON CONFLICT (number) DO UPDATE SET rules = EXCLUDED.rules, updated_at = EXCLUDED.updated_at
      """;

  private final EntityManager em;
  private final ObjectMapper json;

  public PanacheNumberKeywords(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  @Override
  public Map<Keyword, KeywordRule> of(E164Number number) {
    // Untyped on purpose: Hibernate 7.2 caches a native query typed by a basic class (String) under
    // a key that never equals the next one, so each call added a plan under the same hash and the
    // lookups grew linear (the 10x inbound slowdown in docs/benchmarks/analysis.md).
    List<?> found =
        em.unwrap(Session.class)
            .createNativeQuery(
                "SELECT CAST(rules AS text) FROM number_keywords WHERE number = :number")
            .setParameter("number", number.value())
            .getResultList();
    return found.isEmpty() ? Map.of() : read((String) found.get(0));
  }

  @Override
  public void save(E164Number number, Map<Keyword, KeywordRule> rules) {
    em.unwrap(Session.class)
        .createNativeMutationQuery(SAVE)
        .setParameter("number", number.value(), String.class)
        .setParameter("rules", write(rules), String.class)
        .executeUpdate();
  }

  @Override
  public boolean remove(E164Number number) {
    return em.unwrap(Session.class)
            .createNativeMutationQuery("DELETE FROM number_keywords WHERE number = :number")
            .setParameter("number", number.value(), String.class)
            .executeUpdate()
        > 0;
  }

  private String write(Map<Keyword, KeywordRule> rules) {
    Map<String, StoredRule> stored = new TreeMap<>();
    rules.forEach(
        (family, rule) ->
            stored.put(
                family.name(),
                new StoredRule(List.copyOf(rule.words()), rule.reply().orElse(null))));
    try {
      return json.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write keywords as JSON", e);
    }
  }

  private Map<Keyword, KeywordRule> read(String stored) {
    try {
      Map<Keyword, KeywordRule> rules = new EnumMap<>(Keyword.class);
      json.readValue(stored, RULES)
          .forEach(
              (family, rule) ->
                  rules.put(Keyword.valueOf(family), new KeywordRule(rule.words(), rule.reply())));
      return rules;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored keywords are not JSON", e);
    }
  }
}
