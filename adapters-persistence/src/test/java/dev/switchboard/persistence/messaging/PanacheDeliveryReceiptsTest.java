package dev.switchboard.persistence.messaging;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Delivery receipts: kept unmatched, matched later, and serialised per Flowroute id. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheDeliveryReceiptsTest extends DatabaseTest {

  @Inject PanacheDeliveryReceipts receipts;
  @Inject PanacheMessages messages;

  @Test
  void keeps_an_early_receipt_unmatched_until_it_is_tied_to_its_message() {
    DeliveryReceipt early =
        new DeliveryReceipt("mdr2-early", 1, "delivered", 1004, "Delivered", T0.plusSeconds(2));
    DeliveryReceipt other = new DeliveryReceipt("mdr2-other", 0, "sent", null, null, T0);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              receipts.add(early, Optional.empty());
              receipts.add(other, Optional.empty());
            });

    assertThat(receipts.unmatched("mdr2-early")).containsExactly(early);

    Message message = Fixtures.queued(OURS, ALICE, "k", T0);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              messages.add(message);
              receipts.match("mdr2-early", message.id());
            });

    assertThat(receipts.unmatched("mdr2-early")).isEmpty();
    assertThat(receipts.of(message.id())).containsExactly(early);
    assertThat(receipts.unmatched("mdr2-other")).containsExactly(other);
  }

  @Test
  void records_a_receipt_of_a_known_message_as_matched() {
    Message message = Fixtures.queued(OURS, ALICE, "k", T0);
    DeliveryReceipt first = new DeliveryReceipt("mdr2-x", 0, "sent", null, null, T0);
    DeliveryReceipt second = new DeliveryReceipt("mdr2-x", 1, "failed", 1007, "Nope", T0);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              messages.add(message);
              receipts.add(first, Optional.of(message.id()));
              receipts.add(second, Optional.of(message.id()));
            });

    assertThat(receipts.of(message.id())).containsExactly(first, second);
    assertThat(receipts.unmatched("mdr2-x")).isEmpty();
  }

  @Test
  void holds_a_second_transaction_on_the_same_flowroute_id_until_the_first_ends() throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> holder =
          threads.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            receipts.lock("mdr2-locked");
                            locked.countDown();
                            await(release);
                          }));
      assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
      Future<?> waiter =
          threads.submit(
              () -> QuarkusTransaction.requiringNew().run(() -> receipts.lock("mdr2-locked")));
      QuarkusTransaction.requiringNew().run(() -> receipts.lock("mdr2-another"));

      assertThat(waitsAtLeast(waiter, 500)).isTrue();
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      waiter.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  private static boolean waitsAtLeast(Future<?> future, long millis) throws Exception {
    try {
      future.get(millis, TimeUnit.MILLISECONDS);
      return false;
    } catch (TimeoutException stillWaiting) {
      return true;
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
