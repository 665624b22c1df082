package dev.switchboard.persistence.common;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.BOB;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import dev.switchboard.persistence.messaging.PanacheMessages;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Units of work: commit, roll back, and nesting. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class QuarkusUnitOfWorkTest extends DatabaseTest {

  @Inject QuarkusUnitOfWork unitOfWork;
  @Inject PanacheMessages messages;

  @Test
  void commits_the_work_and_returns_its_result() {
    Message message = Fixtures.queued(OURS, ALICE, "k", T0);

    boolean added = unitOfWork.inTransaction(() -> messages.add(message));

    assertThat(added).isTrue();
    assertThat(messages.byId(message.id())).contains(message);
  }

  @Test
  void rolls_back_all_of_the_work_when_it_throws() {
    Message message = Fixtures.queued(OURS, ALICE, "k", T0);
    IllegalStateException failure = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      messages.add(message);
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(messages.byId(message.id())).isEmpty();
  }

  @Test
  void makes_a_nested_unit_part_of_its_caller_so_both_roll_back_together() {
    Message outer = Fixtures.queued(OURS, ALICE, "outer", T0);
    Message inner = Fixtures.queued(OURS, BOB, "inner", T0);
    IllegalStateException failure = new IllegalStateException("after the nested unit");

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      messages.add(outer);
                      unitOfWork.run(() -> messages.add(inner));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(messages.byId(outer.id())).isEmpty();
    assertThat(messages.byId(inner.id())).isEmpty();
  }
}
