package dev.switchboard.domain.cnam.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CnamInventory} must do: keep a record whole, replace it by id, forget it, and
 * list in numeric id order with the status and value filters and the keyset cursor.
 */
public abstract class CnamInventoryContract extends StoreContract {

  private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

  protected abstract CnamInventory inventory();

  @Test
  void keeps_every_field_of_a_record_and_replaces_it_by_id() {
    CnamRecord rejected =
        new CnamRecord(
            "5",
            new CallerName("ACME"),
            CnamStatus.REJECTED,
            Optional.of(CREATED),
            Optional.empty(),
            Optional.of("Misleading name"));
    write(() -> inventory().save(rejected));
    assertThat(inventory().find("5")).contains(rejected);

    CnamRecord approved = approved("5", "ACME INC");
    write(() -> inventory().save(approved));

    assertThat(inventory().find("5")).contains(approved);
    assertThat(inventory().all()).containsExactly(approved);
  }

  @Test
  void forgets_a_removed_record() {
    write(() -> inventory().save(pending("5", "ACME")));

    write(() -> inventory().remove("5"));

    assertThat(inventory().find("5")).isEmpty();
    assertThat(inventory().all()).isEmpty();
  }

  @Test
  void lists_in_numeric_id_order_page_after_page() {
    for (String id : new String[] {"10", "9", "100", "2"}) {
      write(() -> inventory().save(pending(id, "NAME " + id)));
    }

    Page<CnamRecord> first = inventory().list(filter(Optional.empty(), Optional.empty(), null, 3));
    assertThat(first.items()).extracting(CnamRecord::id).containsExactly("2", "9", "10");
    assertThat(first.hasMore()).isTrue();
    Page<CnamRecord> second = inventory().list(filter(Optional.empty(), Optional.empty(), "10", 3));
    assertThat(second.items()).extracting(CnamRecord::id).containsExactly("100");
    assertThat(second.hasMore()).isFalse();
    assertThat(inventory().all()).extracting(CnamRecord::id).containsExactly("2", "9", "10", "100");
  }

  @Test
  void filters_on_the_status_and_a_part_of_the_value_whatever_its_case() {
    write(() -> inventory().save(pending("1", "ACME WIDGETS")));
    write(() -> inventory().save(approved("2", "ACME TOOLS")));
    write(() -> inventory().save(approved("3", "BOLT CO")));

    assertThat(
            inventory()
                .list(filter(Optional.of(CnamStatus.APPROVED), Optional.empty(), null, 10))
                .items())
        .extracting(CnamRecord::id)
        .containsExactly("2", "3");
    assertThat(inventory().list(filter(Optional.empty(), Optional.of("acme"), null, 10)).items())
        .extracting(CnamRecord::id)
        .containsExactly("1", "2");
    assertThat(
            inventory()
                .list(filter(Optional.of(CnamStatus.APPROVED), Optional.of("Acme"), null, 10))
                .items())
        .extracting(CnamRecord::id)
        .containsExactly("2");
    assertThat(inventory().list(filter(Optional.empty(), Optional.of("%"), null, 10)).items())
        .as("a wildcard is matched as itself")
        .isEmpty();
  }

  @Test
  void refuses_a_cursor_that_is_not_an_id() {
    assertThatThrownBy(() -> inventory().list(filter(Optional.empty(), Optional.empty(), "x", 10)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("invalid-cursor"));
  }

  private static CnamFilter filter(
      Optional<CnamStatus> status, Optional<String> value, String after, int limit) {
    return new CnamFilter(status, value, Optional.ofNullable(after), limit);
  }

  protected static CnamRecord pending(String id, String name) {
    return new CnamRecord(
        id,
        new CallerName(name),
        CnamStatus.PENDING,
        Optional.of(CREATED),
        Optional.empty(),
        Optional.empty());
  }

  protected static CnamRecord approved(String id, String name) {
    return new CnamRecord(
        id,
        new CallerName(name),
        CnamStatus.APPROVED,
        Optional.of(CREATED),
        Optional.of(CREATED.plusSeconds(3600)),
        Optional.empty());
  }
}
