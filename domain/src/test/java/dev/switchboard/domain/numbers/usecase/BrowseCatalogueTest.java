package dev.switchboard.domain.numbers.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberCatalogue;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the carrier has for sale, read live and paged within the carrier's limits. */
class BrowseCatalogueTest {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryNumberCatalogue catalogue = new InMemoryNumberCatalogue(account);
  private final BrowseCatalogue browse = new BrowseCatalogue(catalogue);

  BrowseCatalogueTest() {
    catalogue.offer(
        forSale("+12065550101", "seattle", "wa", "0.00"),
        forSale("+12065550102", "seattle", "wa", "0.00"),
        forSale("+12063330100", "seattle", "wa", "1.00"),
        forSale("+15035550100", "portland", "or", "5.00"));
  }

  @Test
  void searches_the_numbers_for_sale_and_pages_them() {
    OffsetPage<AvailableNumber> first =
        browse.search(NumberSearches.startingWith(Optional.of("206555"), 1, 0));
    OffsetPage<AvailableNumber> second =
        browse.search(NumberSearches.startingWith(Optional.of("206555"), 1, 1));

    assertThat(first.items()).extracting(n -> n.number().value()).containsExactly("+12065550101");
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items()).extracting(n -> n.number().value()).containsExactly("+12065550102");
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void a_number_already_bought_is_no_longer_for_sale() {
    account.own(new E164Number("+12065550101"), NumberType.LOCAL);

    assertThat(browse.search(NumberSearches.startingWith(Optional.of("206555"), 10, 0)).items())
        .extracting(n -> n.number().value())
        .containsExactly("+12065550102");
  }

  @Test
  void lists_area_codes_up_to_a_setup_cost() {
    assertThat(browse.areaCodes(Optional.empty(), 10, 0).items())
        .containsExactly(new AreaCode("206"), new AreaCode("503"));
    assertThat(browse.areaCodes(Optional.of(new BigDecimal("1.00")), 10, 0).items())
        .containsExactly(new AreaCode("206"));
  }

  @Test
  void lists_the_exchanges_of_an_area_code() {
    assertThat(browse.exchanges(Optional.of(new AreaCode("206")), Optional.empty(), 10, 0).items())
        .containsExactly(new Exchange("206333"), new Exchange("206555"));
    assertThat(browse.exchanges(Optional.empty(), Optional.of(BigDecimal.ZERO), 10, 0).items())
        .containsExactly(new Exchange("206555"));
  }

  @Test
  void refuses_pages_beyond_the_carrier_limits() {
    assertThatThrownBy(
            () -> browse.areaCodes(Optional.empty(), BrowseCatalogue.MAX_AREA_CODES + 1, 0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("invalid-limit"));
    assertThatThrownBy(
            () ->
                browse.exchanges(
                    Optional.empty(), Optional.empty(), BrowseCatalogue.MAX_EXCHANGES + 1, 0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("invalid-limit"));
    assertThatThrownBy(() -> browse.exchanges(Optional.empty(), Optional.empty(), 10, -1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("invalid-offset"));
    assertThat(browse.areaCodes(Optional.empty(), BrowseCatalogue.MAX_AREA_CODES, 0).items())
        .hasSize(2);
  }

  @Test
  void tells_the_carrier_is_down_rather_than_showing_nothing_for_sale() {
    account.setDown(true);

    assertThatThrownBy(() -> browse.areaCodes(Optional.empty(), 10, 0))
        .isInstanceOf(UpstreamException.class);
  }

  private static AvailableNumber forSale(
      String number, String rateCenter, String state, String setupCost) {
    return new AvailableNumber(
        new E164Number(number),
        NumberType.LOCAL,
        rateCenter,
        state,
        new BigDecimal("1.25"),
        new BigDecimal(setupCost));
  }
}
