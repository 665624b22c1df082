package dev.switchboard.persistence.messaging;

import static dev.switchboard.persistence.Fixtures.OTHER_OF_OURS;
import static dev.switchboard.persistence.Fixtures.OURS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A number's own keyword rules, kept by family, replaced whole and forgotten. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheNumberKeywordsTest {

  @Inject PanacheNumberKeywords keywords;
  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;

  @BeforeEach
  void empty() {
    Fixtures.emptyDatabase(dataSource);
  }

  @Test
  void keeps_a_numbers_rules_by_family_replaces_them_whole_and_forgets_them() {
    Map<Keyword, KeywordRule> own =
        Map.of(
            Keyword.STOP, new KeywordRule(List.of("ARRET", "STOP"), "Acme: arrêt confirmé"),
            Keyword.HELP, new KeywordRule(List.of(), null));
    QuarkusTransaction.requiringNew().run(() -> keywords.save(OURS, own));

    assertThat(keywords.of(OURS)).isEqualTo(own);
    assertThat(keywords.of(OTHER_OF_OURS)).isEmpty();

    Map<Keyword, KeywordRule> other = Map.of(Keyword.START, new KeywordRule(List.of("GO"), "hi"));
    QuarkusTransaction.requiringNew().run(() -> keywords.save(OURS, other));
    assertThat(keywords.of(OURS)).isEqualTo(other);

    assertThat(QuarkusTransaction.requiringNew().call(() -> keywords.remove(OURS))).isTrue();
    assertThat(keywords.of(OURS)).isEmpty();
    assertThat(QuarkusTransaction.requiringNew().call(() -> keywords.remove(OURS))).isFalse();
  }

  @Test
  void reading_a_numbers_rules_again_reuses_one_query_plan() {
    QuarkusTransaction.requiringNew()
        .run(() -> keywords.save(OURS, Map.of(Keyword.HELP, new KeywordRule(List.of(), null))));
    keywords.of(OURS);
    QueryInterpretationCache plans =
        em.getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getQueryEngine()
            .getInterpretationCache();
    int before = plans.getNumberOfCachedQueryPlans();

    for (int i = 0; i < 50; i++) {
      keywords.of(i % 2 == 0 ? OURS : OTHER_OF_OURS);
    }

    // Every inbound text reads its number's rules: a plan per read fills the cache under one hash.
    assertThat(plans.getNumberOfCachedQueryPlans()).isEqualTo(before);
  }
}
