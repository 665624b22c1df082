package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import java.math.BigDecimal;
import java.util.Optional;

/** Use case: what the provider has for sale (numbers, area codes, exchanges), read live. */
public final class BrowseCatalogue {

  public static final int MAX_AREA_CODES = 400;
  public static final int MAX_EXCHANGES = 200;

  private final NumberCatalogue catalogue;

  public BrowseCatalogue(NumberCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public OffsetPage<AvailableNumber> search(NumberSearch search) {
    return catalogue.searchAvailable(search);
  }

  public OffsetPage<AreaCode> areaCodes(Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    OffsetPage.requireValid(limit, offset, MAX_AREA_CODES);
    return catalogue.areaCodes(maxSetupCost, limit, offset);
  }

  public OffsetPage<Exchange> exchanges(
      Optional<AreaCode> areaCode, Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    OffsetPage.requireValid(limit, offset, MAX_EXCHANGES);
    return catalogue.exchanges(areaCode.map(AreaCode::npa), maxSetupCost, limit, offset);
  }
}
