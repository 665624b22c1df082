package dev.switchboard.persistence.cnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.RegistryInventory;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import dev.switchboard.persistence.common.RegistryInventoryContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory of our caller names: saving, replacing, removing, filtering and paging. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheCnamInventoryTest extends RegistryInventoryContract<CnamRecord, CnamFilter> {

  private static final Instant CREATED = Fixtures.T0;
  private static final Instant REVIEWED = Fixtures.T0.plusSeconds(36 * 3600).plusNanos(789_000);

  @Inject PanacheCnamInventory inventory;
  @Inject AgroalDataSource dataSource;

  @Override
  protected RegistryInventory<CnamRecord, CnamFilter> inventory() {
    return inventory;
  }

  @Override
  protected CnamRecord record(String id) {
    return pending(id, "Name " + id);
  }

  @Override
  protected String idOf(CnamRecord record) {
    return record.id();
  }

  @Override
  protected CnamFilter everything(Optional<String> after, int limit) {
    return filter().after(after).limit(limit).build();
  }

  @Test
  void reads_back_a_pending_name_without_dates_or_reason() {
    CnamRecord bare =
        new CnamRecord(
            "301",
            new CallerName("ACME Corp"),
            CnamStatus.PENDING,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    save(bare);

    CnamRecord read = inventory.find("301").orElseThrow();
    assertThat(read).isEqualTo(bare);
    assertThat(read.createdAt()).isEmpty();
  }

  @Test
  void reads_back_a_pending_name_with_its_creation_date() {
    CnamRecord pending = pending("302", "Front Desk");

    save(pending);

    assertThat(inventory.find("302")).contains(pending);
  }

  @Test
  void reads_back_an_approved_name_with_both_dates() {
    CnamRecord approved =
        new CnamRecord(
            "303",
            new CallerName("O'Brien & Co."),
            CnamStatus.APPROVED,
            Optional.of(CREATED),
            Optional.of(REVIEWED),
            Optional.empty());

    save(approved);

    CnamRecord read = inventory.find("303").orElseThrow();
    assertThat(read).isEqualTo(approved);
    assertThat(read.approvedAt()).contains(REVIEWED);
  }

  @Test
  void reads_back_a_rejected_name_with_its_reason() {
    CnamRecord rejected = rejected("304", "Bank \"Help\"", "misleading name");

    save(rejected);

    CnamRecord read = inventory.find("304").orElseThrow();
    assertThat(read).isEqualTo(rejected);
    assertThat(read.rejectionReason()).contains("misleading name");
  }

  @Test
  void reads_back_a_rejected_name_without_dates_or_reason() {
    CnamRecord rejected =
        new CnamRecord(
            "305",
            new CallerName("x-ray 1"),
            CnamStatus.REJECTED,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    save(rejected);

    assertThat(inventory.find("305")).contains(rejected);
  }

  @Test
  void replaces_every_field_when_a_name_is_saved_again() throws Exception {
    save(rejected("301", "Old Name", "unclear"));
    CnamRecord approved =
        new CnamRecord(
            "301",
            new CallerName("New Name"),
            CnamStatus.APPROVED,
            Optional.of(CREATED.plusSeconds(60)),
            Optional.of(REVIEWED),
            Optional.empty());

    save(approved);

    assertThat(inventory.find("301")).contains(approved);
    assertThat(rowCount()).isEqualTo(1);
  }

  @Test
  void clears_the_dates_and_reason_a_replacement_does_not_have() {
    save(rejected("301", "Old Name", "unclear"));
    CnamRecord bare =
        new CnamRecord(
            "301",
            new CallerName("Old Name"),
            CnamStatus.PENDING,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    save(bare);

    assertThat(inventory.find("301")).contains(bare);
  }

  @Test
  void filters_by_status() {
    saveCatalogue();

    assertThat(listed(filter().status(CnamStatus.PENDING))).containsExactly("1", "4");
    assertThat(listed(filter().status(CnamStatus.APPROVED))).containsExactly("2");
    assertThat(listed(filter().status(CnamStatus.REJECTED))).containsExactly("3");
  }

  @Test
  void filters_by_a_part_of_the_value_whatever_its_case() {
    saveCatalogue();

    assertThat(listed(filter().valueContains("acme"))).containsExactly("1", "2", "4");
    assertThat(listed(filter().valueContains("DESK"))).containsExactly("4");
    assertThat(listed(filter().valueContains("zeta"))).isEmpty();
  }

  @Test
  void takes_like_wildcards_in_the_value_filter_literally() {
    saveCatalogue();
    save(pending("5", "Off_Site"));

    assertThat(listed(filter().valueContains("_"))).containsExactly("5");
    assertThat(listed(filter().valueContains("a%e"))).isEmpty();
  }

  @Test
  void applies_both_filters_together() {
    saveCatalogue();

    assertThat(listed(filter().status(CnamStatus.PENDING).valueContains("acme")))
        .containsExactly("1", "4");
    assertThat(listed(filter().status(CnamStatus.REJECTED).valueContains("acme"))).isEmpty();
  }

  @Test
  void pages_through_a_filtered_listing_without_gaps_or_repeats() {
    save(pending("9", "Acme 9"));
    save(pending("10", "Acme 10"));
    save(rejected("50", "Acme 50", "duplicate"));
    save(pending("100", "Acme 100"));
    save(pending("1000", "Acme 1000"));

    Page<CnamRecord> first = inventory.list(filter().status(CnamStatus.PENDING).limit(2).build());
    Page<CnamRecord> second =
        inventory.list(
            filter()
                .status(CnamStatus.PENDING)
                .after(Optional.of(first.items().get(1).id()))
                .limit(2)
                .build());

    assertThat(first.items()).extracting(CnamRecord::id).containsExactly("9", "10");
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items()).extracting(CnamRecord::id).containsExactly("100", "1000");
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void refuses_in_the_table_a_status_it_does_not_know() {
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO cnam_records (id, value, status) VALUES ('1', 'Acme', 'REVIEW')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("cnam_records_status_check");
  }

  /**
   * Four names: 1 "ACME Sales" pending, 2 "Acme" approved, 3 "Zenith" rejected, 4 "acme desk"
   * pending.
   */
  private void saveCatalogue() {
    save(pending("4", "acme desk"));
    save(rejected("3", "Zenith", "taken"));
    save(
        new CnamRecord(
            "2",
            new CallerName("Acme"),
            CnamStatus.APPROVED,
            Optional.of(CREATED),
            Optional.of(REVIEWED),
            Optional.empty()));
    save(pending("1", "ACME Sales"));
  }

  private List<String> listed(FilterBuilder filter) {
    return inventory.list(filter.build()).items().stream().map(CnamRecord::id).toList();
  }

  private int rowCount() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM cnam_records")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static CnamRecord pending(String id, String value) {
    return new CnamRecord(
        id,
        new CallerName(value),
        CnamStatus.PENDING,
        Optional.of(CREATED),
        Optional.empty(),
        Optional.empty());
  }

  private static CnamRecord rejected(String id, String value, String reason) {
    return new CnamRecord(
        id,
        new CallerName(value),
        CnamStatus.REJECTED,
        Optional.of(CREATED),
        Optional.empty(),
        Optional.of(reason));
  }

  private static FilterBuilder filter() {
    return new FilterBuilder();
  }

  /** Builds a {@link CnamFilter}; nothing set is no filter, at most 50 a page. */
  private static final class FilterBuilder {
    private Optional<CnamStatus> status = Optional.empty();
    private Optional<String> valueContains = Optional.empty();
    private Optional<String> after = Optional.empty();
    private int limit = 50;

    FilterBuilder status(CnamStatus value) {
      status = Optional.of(value);
      return this;
    }

    FilterBuilder valueContains(String value) {
      valueContains = Optional.of(value);
      return this;
    }

    FilterBuilder after(Optional<String> value) {
      after = value;
      return this;
    }

    FilterBuilder limit(int value) {
      limit = value;
      return this;
    }

    CnamFilter build() {
      return new CnamFilter(status, valueContains, after, limit);
    }
  }
}
