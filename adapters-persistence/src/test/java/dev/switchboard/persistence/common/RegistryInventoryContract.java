package dev.switchboard.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.RegistryInventory;
import dev.switchboard.persistence.DatabaseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.TransactionRequiredException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the inventory of any of Flowroute's registries (E911 addresses, caller names) must do,
 * whatever its records: keep them by Flowroute's digit id, in numeric id order, and write only in a
 * transaction. A subclass gives the inventory, a record for an id, and an empty database before
 * each test.
 *
 * @param <R> the record
 * @param <F> the filter of a listing
 */
public abstract class RegistryInventoryContract<R, F> extends DatabaseTest {

  /** The inventory under test. */
  protected abstract RegistryInventory<R, F> inventory();

  /** A valid record with this id. */
  protected abstract R record(String id);

  protected abstract String idOf(R record);

  /** A listing that filters nothing: the page after {@code after}, of {@code limit} records. */
  protected abstract F everything(Optional<String> after, int limit);

  /** Saves the record in a transaction of its own. */
  protected final void save(R record) {
    QuarkusTransaction.requiringNew().run(() -> inventory().save(record));
  }

  @Test
  void removes_a_record_and_keeps_the_others() {
    save(record("7001"));
    save(record("7002"));

    QuarkusTransaction.requiringNew().run(() -> inventory().remove("7001"));

    assertThat(inventory().find("7001")).isEmpty();
    assertThat(inventory().all()).extracting(this::idOf).containsExactly("7002");
  }

  @Test
  void finds_nothing_for_a_record_it_does_not_hold() {
    save(record("7001"));

    assertThat(inventory().find("7009")).isEmpty();
  }

  @Test
  void lists_every_record_in_numeric_id_order() {
    for (String id : List.of("100", "9", "10", "2", "0010")) {
      save(record(id));
    }

    // "0010" and "10" are the same number: the text breaks the tie.
    assertThat(inventory().all())
        .extracting(this::idOf)
        .containsExactly("2", "9", "0010", "10", "100");
    assertThat(inventory().list(everything(Optional.empty(), 50)).items())
        .extracting(this::idOf)
        .containsExactly("2", "9", "0010", "10", "100");
  }

  @Test
  void pages_through_every_record_once_in_numeric_id_order() {
    List<String> expected = List.of("1", "2", "9", "10", "11", "99", "100", "101");
    for (int i = expected.size() - 1; i >= 0; i--) {
      save(record(expected.get(i)));
    }

    List<String> seen = new ArrayList<>();
    List<Boolean> hasMore = new ArrayList<>();
    Optional<String> after = Optional.empty();
    do {
      Page<R> page = inventory().list(everything(after, 3));
      page.items().forEach(r -> seen.add(idOf(r)));
      hasMore.add(page.hasMore());
      after =
          page.hasMore() ? Optional.of(idOf(page.lastIfMore().orElseThrow())) : Optional.empty();
    } while (after.isPresent());

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(hasMore).containsExactly(true, true, false);
  }

  @Test
  void refuses_a_cursor_that_is_not_an_id() {
    for (String cursor : List.of("abc", "-1")) {
      assertThatThrownBy(() -> inventory().list(everything(Optional.of(cursor), 50)))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(cursor);
    }
  }

  @Test
  void keeps_nothing_of_a_save_whose_transaction_rolls_back() {
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          inventory().save(record("7001"));
                          throw new IllegalStateException("the caller fails after saving");
                        }))
        .hasMessageContaining("the caller fails");

    assertThat(inventory().find("7001")).isEmpty();
  }

  @Test
  void refuses_to_write_outside_a_transaction() {
    assertThatThrownBy(() -> inventory().save(record("7001")))
        .isInstanceOf(TransactionRequiredException.class);
  }
}
