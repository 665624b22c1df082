package dev.switchboard.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** How a shared commit's statements are planned, and that the pool's connections keep their own. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class BatchTransactionsTest extends DatabaseTest {

  @Inject BatchTransactions transactions;
  @Inject QuarkusUnitOfWork unitOfWork;
  @Inject EntityManager em;

  @Test
  void a_shared_commit_plans_its_statements_once_and_other_work_plans_as_the_pool_says() {
    String pools = unitOfWork.inTransaction(this::planCacheMode);

    String shared = transactions.run(this::planCacheMode);
    String afterwards = unitOfWork.inTransaction(this::planCacheMode);

    assertThat(pools).isNotEqualTo("force_generic_plan");
    assertThat(shared).isEqualTo("force_generic_plan");
    assertThat(afterwards).isEqualTo(pools);
  }

  private String planCacheMode() {
    return (String)
        em.createNativeQuery("SELECT current_setting('plan_cache_mode')").getSingleResult();
  }
}
