package dev.switchboard.flowroute.numbersv1;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads what Flowroute has for sale from Numbers v1 ({@code /v1/available-tns/npas/}, {@code
 * /npanxxs/}, {@code /tns/}, §9.2). v1 filters by area code, exchange, state and rate center; a
 * prefix beyond those, a suffix, a part or a number type are applied here to the first {@value
 * NumbersV1Calls#MAX_SCAN_PAGES} pages of 200 numbers v1 answers. It has no setup cost filter and
 * no order: those are refused.
 */
@ApplicationScoped
@Typed(NumbersV1Catalogue.class)
public class NumbersV1Catalogue implements NumberCatalogue {

  private final FlowrouteNumbersV1Api api;
  private final NumbersV1Calls calls;

  @Inject
  public NumbersV1Catalogue(@RestClient FlowrouteNumbersV1Api api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  public NumbersV1Catalogue(FlowrouteNumbersV1Api api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private NumbersV1Catalogue(
      FlowrouteNumbersV1Api api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.api = api;
    this.calls = new NumbersV1Calls(sleeper, guard);
  }

  @Override
  public OffsetPage<AvailableNumber> searchAvailable(NumberSearch search) {
    if (search.orderBy().isPresent()) {
      throw NumbersV1Calls.notAvailable("Ordering numbers for sale");
    }
    // NPAs never start with 1, so a leading 1 is the country code, as v2 reads it (§1.5).
    String prefix = search.startsWith().map(p -> p.startsWith("1") ? p.substring(1) : p).orElse("");
    String npa = prefix.length() >= 3 ? prefix.substring(0, 3) : null;
    String nxx = prefix.length() >= 6 ? prefix.substring(3, 6) : null;
    String state = search.state().orElse(null);
    String rateCenter = search.rateCenter().orElse(null);
    NumbersV1Calls.PageRequest<NumbersV1Answers.ForSale> request =
        (size, page) -> api.tns(npa, nxx, state, rateCenter, null, size, page);
    Predicate<AvailableNumber> keep = number -> true;
    boolean here = false;
    if (prefix.length() != 0 && prefix.length() != 3 && prefix.length() != 6) {
      keep = keep.and(n -> n.number().elevenDigits().startsWith("1" + prefix));
      here = true;
    }
    if (search.endsWith().isPresent()) {
      keep = keep.and(n -> n.number().elevenDigits().endsWith(search.endsWith().get()));
      here = true;
    }
    if (search.contains().isPresent()) {
      keep =
          keep.and(n -> n.number().elevenDigits().substring(1).contains(search.contains().get()));
      here = true;
    }
    if (search.type().isPresent()) {
      keep = keep.and(n -> n.type() == search.type().get());
      here = true;
    }
    return here
        ? calls.scan(
            Endpoint.CATALOGUE,
            search.limit(),
            search.offset(),
            request,
            NumbersV1Catalogue::availableNumber,
            keep)
        : calls.window(
            Endpoint.CATALOGUE,
            search.limit(),
            search.offset(),
            request,
            NumbersV1Catalogue::availableNumber);
  }

  @Override
  public OffsetPage<AreaCode> areaCodes(Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    if (maxSetupCost.isPresent()) {
      throw NumbersV1Calls.notAvailable("Filtering area codes by setup cost");
    }
    return calls.window(
        Endpoint.CATALOGUE, limit, offset, api::npas, item -> new AreaCode(item.key()));
  }

  @Override
  public OffsetPage<Exchange> exchanges(
      Optional<String> areaCode, Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    if (maxSetupCost.isPresent()) {
      throw NumbersV1Calls.notAvailable("Filtering exchanges by setup cost");
    }
    String npa = areaCode.orElse(null);
    return calls.window(
        Endpoint.CATALOGUE,
        limit,
        offset,
        (size, page) -> api.npanxxs(npa, size, page),
        item -> new Exchange(item.key()));
  }

  /** An entry of {@code /available-tns/tns/}: costs as strings, no number type (§9.2). */
  static AvailableNumber availableNumber(NumbersV1Calls.Item<NumbersV1Answers.ForSale> item) {
    E164Number number = E164Number.parse(item.key());
    NumbersV1Answers.ForSale entry =
        item.value() == null ? NumbersV1Answers.ForSale.NONE : item.value();
    return new AvailableNumber(
        number,
        FlowrouteNumberReader.type(entry.numberType(), number),
        FlowrouteJson.text(entry.ratecenter()).orElse(null),
        FlowrouteJson.text(entry.state()).orElse(null),
        entry.monthlyCost(),
        entry.initialCost());
  }
}
