package dev.switchboard.domain.numbers.port.out;

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
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NumberInventory} must do: keep a number whole, replace and forget it, list in
 * number order with its filters and cursor, and answer which numbers use an address, a caller name
 * or a route.
 */
public abstract class NumberInventoryContract extends StoreContract {

  protected abstract NumberInventory inventory();

  @Test
  void keeps_every_field_of_a_number_and_replaces_it() {
    OwnedNumber full =
        new OwnedNumber(
            new E164Number("+12065550100"),
            NumberType.LOCAL,
            "desk",
            true,
            true,
            MessagingSource.REQUESTED,
            "SEATTLE",
            "WA",
            Optional.of(new RouteId("12")),
            Optional.of(new RouteId("13")),
            Optional.of("7001"),
            Optional.of("5001"),
            Map.of(CallbackKind.SMS, "https://example.com/sms"));
    write(() -> inventory().save(full));
    assertThat(inventory().find(full.number())).contains(full);
    assertThat(inTransaction(() -> inventory().findForUpdate(full.number()))).contains(full);

    OwnedNumber bare = OwnedNumbers.local(full.number());
    write(() -> inventory().save(bare));

    assertThat(inventory().find(full.number())).contains(bare);
    assertThat(inventory().all()).containsExactly(bare);
  }

  @Test
  void requires_a_number_it_has_and_refuses_one_it_has_not_as_number_not_found() {
    OwnedNumber ours = OwnedNumbers.local("+12065550100");
    write(() -> inventory().save(ours));

    assertThat(inventory().require(ours.number())).isEqualTo(ours);
    assertThatThrownBy(() -> inventory().require(new E164Number("+12065550199")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
  }

  @Test
  void forgets_a_removed_number() {
    write(() -> inventory().save(OwnedNumbers.local("+12065550100")));

    write(() -> inventory().remove(new E164Number("+12065550100")));

    assertThat(inventory().find(new E164Number("+12065550100"))).isEmpty();
    assertThat(inventory().all()).isEmpty();
  }

  @Test
  void lists_in_number_order_page_after_page() {
    for (String n : List.of("+13125550100", "+12065550101", "+12065550100")) {
      write(() -> inventory().save(OwnedNumbers.local(n)));
    }

    Page<OwnedNumber> first = inventory().list(filter().limit(2).build());
    assertThat(numbers(first)).containsExactly("+12065550100", "+12065550101");
    assertThat(first.hasMore()).isTrue();
    Page<OwnedNumber> second =
        inventory().list(filter().after(new E164Number("+12065550101")).limit(2).build());
    assertThat(numbers(second)).containsExactly("+13125550100");
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void filters_on_digits_alias_type_and_having_a_route() {
    OwnedNumber seattle = OwnedNumbers.local("+12065550100");
    OwnedNumber routed =
        OwnedNumbers.local("+12065550177")
            .withRoutes(Optional.of(new RouteId("12")), Optional.empty());
    OwnedNumber sipReg =
        OwnedNumbers.local("+13125550100")
            .withRoutes(Optional.of(RouteId.SIP_REG), Optional.empty());
    OwnedNumber failover =
        OwnedNumbers.local("+13125550111")
            .withRoutes(Optional.of(RouteId.SIP_REG), Optional.of(new RouteId("13")));
    for (OwnedNumber n : List.of(seattle, routed, sipReg, failover)) {
      write(() -> inventory().save(n));
    }

    assertThat(numbers(inventory().list(filter().prefix("1206").build())))
        .containsExactly("+12065550100", "+12065550177");
    assertThat(numbers(inventory().list(filter().suffix("0100").build())))
        .containsExactly("+12065550100", "+13125550100");
    assertThat(numbers(inventory().list(filter().contains("555011").build())))
        .containsExactly("+13125550111");
    assertThat(numbers(inventory().list(filter().alias("DESK").build()))).hasSize(4);
    assertThat(numbers(inventory().list(filter().type(NumberType.TOLL_FREE).build()))).isEmpty();
    assertThat(numbers(inventory().list(filter().hasRoute(true).build())))
        .containsExactly("+12065550177", "+13125550111");
    assertThat(numbers(inventory().list(filter().hasRoute(false).build())))
        .containsExactly("+12065550100", "+13125550100");
  }

  @Test
  void tells_which_numbers_use_an_address_a_caller_name_or_a_route() {
    OwnedNumber a =
        OwnedNumbers.local("+12065550100")
            .withE911(Optional.of("7001"))
            .withCnam(Optional.of("5001"))
            .withRoutes(Optional.of(new RouteId("12")), Optional.empty());
    OwnedNumber b =
        OwnedNumbers.local("+12065550101")
            .withE911(Optional.of("7001"))
            .withRoutes(Optional.empty(), Optional.of(new RouteId("12")));
    OwnedNumber c = OwnedNumbers.local("+12065550102");
    for (OwnedNumber n : List.of(c, b, a)) {
      write(() -> inventory().save(n));
    }

    assertThat(inventory().usingE911("7001")).containsExactly(a.number(), b.number());
    assertThat(inventory().usingE911("7002")).isEmpty();
    assertThat(inventory().usingCnam("5001")).containsExactly(a.number());
    assertThat(inventory().countUsingRoute(new RouteId("12"))).isEqualTo(2);
    assertThat(inventory().countUsingRoute(new RouteId("13"))).isZero();
  }

  private static List<String> numbers(Page<OwnedNumber> page) {
    return page.items().stream().map(n -> n.number().value()).toList();
  }

  private static Filter filter() {
    return new Filter();
  }

  /** Builds a {@link NumberFilter} with only what a test sets. */
  private static final class Filter {
    private Optional<String> prefix = Optional.empty();
    private Optional<String> suffix = Optional.empty();
    private Optional<String> contains = Optional.empty();
    private Optional<String> alias = Optional.empty();
    private Optional<NumberType> type = Optional.empty();
    private Optional<Boolean> hasRoute = Optional.empty();
    private Optional<E164Number> after = Optional.empty();
    private int limit = 50;

    Filter prefix(String v) {
      prefix = Optional.of(v);
      return this;
    }

    Filter suffix(String v) {
      suffix = Optional.of(v);
      return this;
    }

    Filter contains(String v) {
      contains = Optional.of(v);
      return this;
    }

    Filter alias(String v) {
      alias = Optional.of(v);
      return this;
    }

    Filter type(NumberType v) {
      type = Optional.of(v);
      return this;
    }

    Filter hasRoute(boolean v) {
      hasRoute = Optional.of(v);
      return this;
    }

    Filter after(E164Number v) {
      after = Optional.of(v);
      return this;
    }

    Filter limit(int v) {
      limit = v;
      return this;
    }

    NumberFilter build() {
      return new NumberFilter(prefix, suffix, contains, alias, type, hasRoute, after, limit);
    }
  }
}
