package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.OffsetPage;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Port: what the carrier has for sale (Flowroute's Numbers v2 catalogue), read live. Failures are
 * {@code ValidationException} (refused input) or {@code UpstreamException} (down, rate-limited,
 * credentials refused).
 */
public interface NumberCatalogue {

  OffsetPage<AvailableNumber> searchAvailable(NumberSearch search);

  /** Area codes with numbers for sale, optionally only those with a setup cost at most this. */
  OffsetPage<AreaCode> areaCodes(Optional<BigDecimal> maxSetupCost, int limit, int offset);

  OffsetPage<Exchange> exchanges(
      Optional<String> areaCode, Optional<BigDecimal> maxSetupCost, int limit, int offset);
}
