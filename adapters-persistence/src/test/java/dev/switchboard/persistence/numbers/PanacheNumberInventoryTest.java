package dev.switchboard.persistence.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.TransactionRequiredException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory of our numbers: saving, replacing, removing, filtering and paging. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheNumberInventoryTest extends DatabaseTest {

  private static final RouteId HOST_ROUTE = new RouteId("17");
  private static final RouteId URI_ROUTE = new RouteId("23");

  @Inject PanacheNumberInventory inventory;
  @Inject AgroalDataSource dataSource;

  @Test
  void reads_back_every_field_it_saved() {
    OwnedNumber full =
        new OwnedNumber(
            new E164Number("+12065550100"),
            NumberType.LOCAL,
            "Front Desk",
            true,
            true,
            MessagingSource.REQUESTED,
            "SEATTLE",
            "WA",
            Optional.of(HOST_ROUTE),
            Optional.of(URI_ROUTE),
            Optional.of("e911-42"),
            Optional.of("cnam-7"),
            Map.of(
                CallbackKind.SMS, "https://hooks.example.com/sms",
                CallbackKind.MMS, "https://hooks.example.com/mms",
                CallbackKind.SMS_DLR, "https://hooks.example.com/sms-dlr",
                CallbackKind.MMS_DLR, "https://hooks.example.com/mms-dlr"));

    save(full);

    assertThat(inventory.find(full.number())).contains(full);
  }

  @Test
  void reads_back_a_number_whose_optional_fields_are_empty() {
    OwnedNumber bare =
        OwnedNumbers.bare(
            new E164Number("+18005550123"), NumberType.TOLL_FREE, false, MessagingSource.REQUESTED);

    save(bare);

    OwnedNumber read = inventory.find(bare.number()).orElseThrow();
    assertThat(read).isEqualTo(bare);
    assertThat(read.primaryRoute()).isEmpty();
    assertThat(read.callbacks()).isEmpty();
  }

  @Test
  void replaces_every_field_when_a_number_is_saved_again() throws Exception {
    OwnedNumber first =
        new OwnedNumber(
            new E164Number("+12065550100"),
            NumberType.LOCAL,
            "old",
            true,
            true,
            MessagingSource.REQUESTED,
            "SEATTLE",
            "WA",
            Optional.of(HOST_ROUTE),
            Optional.of(URI_ROUTE),
            Optional.of("e911-42"),
            Optional.of("cnam-7"),
            Map.of(CallbackKind.SMS, "https://hooks.example.com/sms"));
    OwnedNumber second =
        new OwnedNumber(
            first.number(),
            NumberType.OTHER,
            "new",
            false,
            false,
            MessagingSource.REQUESTED,
            "TACOMA",
            "WA",
            Optional.of(RouteId.SIP_REG),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of(CallbackKind.MMS_DLR, "https://hooks.example.com/dlr"));

    save(first);
    save(second);

    assertThat(inventory.find(first.number())).contains(second);
    assertThat(rowCount()).isEqualTo(1);
  }

  @Test
  void removes_a_number_and_keeps_the_others() {
    save(number("+12065550100"));
    save(number("+12065550101"));

    QuarkusTransaction.requiringNew().run(() -> inventory.remove(new E164Number("+12065550100")));

    assertThat(inventory.find(new E164Number("+12065550100"))).isEmpty();
    assertThat(inventory.find(new E164Number("+12065550101"))).isPresent();
    assertThat(inventory.all()).extracting(n -> n.number().value()).containsExactly("+12065550101");
  }

  @Test
  void finds_nothing_for_a_number_it_does_not_hold() {
    save(number("+12065550100"));

    assertThat(inventory.find(new E164Number("+12065550199"))).isEmpty();
  }

  @Test
  void lists_every_number_in_number_order() {
    save(number("+13125550100"));
    save(number("+12065550101"));
    save(number("+18005550123"));
    save(number("+12065550100"));

    assertThat(inventory.all())
        .extracting(n -> n.number().value())
        .containsExactly("+12065550100", "+12065550101", "+13125550100", "+18005550123");
  }

  @Test
  void filters_by_the_e164_digits_a_number_starts_with() {
    saveCatalogue();

    assertThat(listed(filter().prefix("1206")))
        .containsExactly("+12065550100", "+12065550177", "+12069870199");
    assertThat(listed(filter().prefix("12065"))).containsExactly("+12065550100", "+12065550177");
    // "206" is not how any number starts: the country code comes first.
    assertThat(listed(filter().prefix("206"))).isEmpty();
  }

  @Test
  void filters_by_the_digits_a_number_ends_with() {
    saveCatalogue();

    assertThat(listed(filter().suffix("0100"))).containsExactly("+12065550100", "+13125550100");
    assertThat(listed(filter().suffix("99"))).containsExactly("+12069870199");
    assertThat(listed(filter().suffix("1206"))).isEmpty();
  }

  @Test
  void filters_by_digits_anywhere_in_a_number() {
    saveCatalogue();

    assertThat(listed(filter().contains("987"))).containsExactly("+12069870199");
    assertThat(listed(filter().contains("5550")))
        .containsExactly("+12065550100", "+12065550177", "+13125550100", "+18005550123");
    assertThat(listed(filter().contains("4444"))).isEmpty();
  }

  @Test
  void filters_by_an_exact_alias_whatever_its_case() {
    saveCatalogue();

    assertThat(listed(filter().alias("front desk"))).containsExactly("+12065550100");
    assertThat(listed(filter().alias("SUPPORT LINE"))).containsExactly("+18005550123");
    assertThat(listed(filter().alias("front"))).isEmpty();
  }

  @Test
  void filters_by_number_type() {
    saveCatalogue();

    assertThat(listed(filter().type(NumberType.TOLL_FREE))).containsExactly("+18005550123");
    assertThat(listed(filter().type(NumberType.OTHER))).isEmpty();
  }

  @Test
  void counts_a_primary_route_other_than_sip_reg_or_any_failover_as_having_a_route() {
    saveCatalogue();

    assertThat(listed(filter().hasRoute(true)))
        .containsExactly("+12065550177", "+12069870199", "+18005550123");
  }

  @Test
  void counts_no_route_or_sip_reg_alone_as_having_no_route() {
    saveCatalogue();

    assertThat(listed(filter().hasRoute(false))).containsExactly("+12065550100", "+13125550100");
  }

  @Test
  void applies_every_filter_given_together() {
    saveCatalogue();

    assertThat(listed(filter().prefix("1206").hasRoute(true)))
        .containsExactly("+12065550177", "+12069870199");
    assertThat(listed(filter().prefix("1206").suffix("77").hasRoute(true)))
        .containsExactly("+12065550177");
    assertThat(listed(filter().contains("555").type(NumberType.LOCAL).hasRoute(false)))
        .containsExactly("+12065550100", "+13125550100");
    assertThat(listed(filter().alias("front desk").hasRoute(true))).isEmpty();
  }

  @Test
  void pages_through_every_number_once_in_order() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String value = "+1206555010" + i;
      expected.add(value);
    }
    // Saved out of order, so that the order seen is the store's.
    for (int i = expected.size() - 1; i >= 0; i--) {
      save(number(expected.get(i)));
    }

    List<String> seen = new ArrayList<>();
    List<Boolean> hasMore = new ArrayList<>();
    Optional<E164Number> after = Optional.empty();
    do {
      Page<OwnedNumber> page = inventory.list(filter().after(after).limit(3).build());
      page.items().forEach(n -> seen.add(n.number().value()));
      hasMore.add(page.hasMore());
      after =
          page.hasMore()
              ? Optional.of(page.items().get(page.items().size() - 1).number())
              : Optional.empty();
    } while (after.isPresent());

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(hasMore).containsExactly(true, true, false);
  }

  @Test
  void pages_through_a_filtered_listing_without_gaps_or_repeats() {
    saveCatalogue();

    Page<OwnedNumber> first = inventory.list(filter().contains("5550").limit(2).build());
    Page<OwnedNumber> second =
        inventory.list(
            filter()
                .contains("5550")
                .after(Optional.of(first.items().get(1).number()))
                .limit(2)
                .build());

    assertThat(first.items())
        .extracting(n -> n.number().value())
        .containsExactly("+12065550100", "+12065550177");
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items())
        .extracting(n -> n.number().value())
        .containsExactly("+13125550100", "+18005550123");
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void counts_the_numbers_that_use_a_route_as_primary_or_failover() {
    save(routed("+12065550100", Optional.of(HOST_ROUTE), Optional.empty()));
    save(routed("+12065550101", Optional.of(URI_ROUTE), Optional.of(HOST_ROUTE)));
    save(routed("+12065550102", Optional.of(RouteId.SIP_REG), Optional.of(URI_ROUTE)));
    save(routed("+12065550103", Optional.empty(), Optional.empty()));

    assertThat(inventory.countUsingRoute(HOST_ROUTE)).isEqualTo(2);
    assertThat(inventory.countUsingRoute(URI_ROUTE)).isEqualTo(2);
    assertThat(inventory.countUsingRoute(RouteId.SIP_REG)).isEqualTo(1);
    assertThat(inventory.countUsingRoute(new RouteId("99"))).isZero();
  }

  @Test
  void lists_the_numbers_that_use_an_e911_address_in_number_order() {
    save(number("+13125550100").withE911(Optional.of("7001")));
    save(number("+12065550101").withE911(Optional.of("7001")));
    save(number("+12065550100").withE911(Optional.of("70011")));
    save(number("+12065550102"));

    assertThat(inventory.usingE911("7001"))
        .extracting(E164Number::value)
        .containsExactly("+12065550101", "+13125550100");
    assertThat(inventory.usingE911("7009")).isEmpty();
  }

  @Test
  void lists_the_numbers_that_show_a_caller_name_in_number_order() {
    save(number("+13125550100").withCnam(Optional.of("301")));
    save(number("+12065550101").withCnam(Optional.of("301")));
    save(number("+12065550100").withCnam(Optional.of("3010")).withE911(Optional.of("301")));
    save(number("+12065550102"));

    assertThat(inventory.usingCnam("301"))
        .extracting(E164Number::value)
        .containsExactly("+12065550101", "+13125550100");
    assertThat(inventory.usingCnam("399")).isEmpty();
  }

  @Test
  void keeps_nothing_of_a_save_whose_transaction_rolls_back() {
    OwnedNumber number = number("+12065550100");

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          inventory.save(number);
                          throw new IllegalStateException("the caller fails after saving");
                        }))
        .hasMessageContaining("the caller fails");

    assertThat(inventory.find(number.number())).isEmpty();
  }

  @Test
  void sees_its_own_writes_within_one_transaction() {
    OwnedNumber first = number("+12065550100");
    OwnedNumber renamed = renamed(first, "renamed");
    List<Object> seen = new ArrayList<>();

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              inventory.save(first);
              seen.add(inventory.find(first.number()).orElseThrow().alias());
              inventory.save(renamed);
              seen.add(inventory.find(first.number()).orElseThrow().alias());
              seen.add(inventory.list(filter().alias("renamed").build()).items().size());
              inventory.remove(first.number());
              seen.add(inventory.find(first.number()).isPresent());
            });

    assertThat(seen).containsExactly("alias of +12065550100", "renamed", 1, false);
  }

  @Test
  void refuses_to_write_outside_a_transaction() {
    assertThatThrownBy(() -> inventory.save(number("+12065550100")))
        .isInstanceOf(TransactionRequiredException.class);
  }

  /**
   * Five numbers: +12065550100 (local, "Front Desk", sip-reg), +12065550177 (local, host route),
   * +12069870199 (local, sip-reg with a failover), +13125550100 (local, no route), +18005550123
   * (toll-free, "Support Line", uri route).
   */
  private void saveCatalogue() {
    save(
        renamed(
            routed("+12065550100", Optional.of(RouteId.SIP_REG), Optional.empty()), "Front Desk"));
    save(routed("+12065550177", Optional.of(HOST_ROUTE), Optional.empty()));
    save(routed("+12069870199", Optional.of(RouteId.SIP_REG), Optional.of(URI_ROUTE)));
    save(routed("+13125550100", Optional.empty(), Optional.empty()));
    OwnedNumber tollFree = renamed(number("+18005550123"), "Support Line");
    save(
        new OwnedNumber(
            tollFree.number(),
            NumberType.TOLL_FREE,
            tollFree.alias(),
            false,
            true,
            MessagingSource.REQUESTED,
            null,
            null,
            Optional.of(URI_ROUTE),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of()));
  }

  private void save(OwnedNumber number) {
    QuarkusTransaction.requiringNew().run(() -> inventory.save(number));
  }

  private List<String> listed(FilterBuilder filter) {
    return inventory.list(filter.build()).items().stream().map(n -> n.number().value()).toList();
  }

  private int rowCount() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM numbers")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static OwnedNumber number(String value) {
    return new OwnedNumber(
        new E164Number(value),
        NumberType.LOCAL,
        "alias of " + value,
        false,
        true,
        MessagingSource.REQUESTED,
        "SEATTLE",
        "WA",
        Optional.of(RouteId.SIP_REG),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  private static OwnedNumber routed(
      String value, Optional<RouteId> primary, Optional<RouteId> failover) {
    OwnedNumber n = number(value);
    return new OwnedNumber(
        n.number(),
        n.type(),
        n.alias(),
        n.cnamLookupsEnabled(),
        n.messagingEnabled(),
        MessagingSource.REQUESTED,
        n.rateCenter(),
        n.state(),
        primary,
        failover,
        n.e911Id(),
        n.cnamId(),
        n.callbacks());
  }

  private static OwnedNumber renamed(OwnedNumber n, String alias) {
    return new OwnedNumber(
        n.number(),
        n.type(),
        alias,
        n.cnamLookupsEnabled(),
        n.messagingEnabled(),
        MessagingSource.REQUESTED,
        n.rateCenter(),
        n.state(),
        n.primaryRoute(),
        n.failoverRoute(),
        n.e911Id(),
        n.cnamId(),
        n.callbacks());
  }

  private static FilterBuilder filter() {
    return new FilterBuilder();
  }

  /** Builds a {@link NumberFilter}; nothing set is no filter, at most 50 a page. */
  private static final class FilterBuilder {
    private Optional<String> prefix = Optional.empty();
    private Optional<String> suffix = Optional.empty();
    private Optional<String> contains = Optional.empty();
    private Optional<String> alias = Optional.empty();
    private Optional<NumberType> type = Optional.empty();
    private Optional<Boolean> hasRoute = Optional.empty();
    private Optional<E164Number> after = Optional.empty();
    private int limit = 50;

    FilterBuilder prefix(String digits) {
      prefix = Optional.of(digits);
      return this;
    }

    FilterBuilder suffix(String digits) {
      suffix = Optional.of(digits);
      return this;
    }

    FilterBuilder contains(String digits) {
      contains = Optional.of(digits);
      return this;
    }

    FilterBuilder alias(String value) {
      alias = Optional.of(value);
      return this;
    }

    FilterBuilder type(NumberType value) {
      type = Optional.of(value);
      return this;
    }

    FilterBuilder hasRoute(boolean value) {
      hasRoute = Optional.of(value);
      return this;
    }

    FilterBuilder after(Optional<E164Number> value) {
      after = value;
      return this;
    }

    FilterBuilder limit(int value) {
      limit = value;
      return this;
    }

    NumberFilter build() {
      return new NumberFilter(prefix, suffix, contains, alias, type, hasRoute, after, limit);
    }
  }
}
