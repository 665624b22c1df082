package dev.switchboard.flowroute.numbersv1;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.shared.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;

/**
 * The caller-name registry of a deployment on Numbers v1, which has none (§9.2): every operation is
 * refused with {@code not-available-with-numbers-v1}, except the list, which is empty so that the
 * periodic reconciliation of registries keeps running (and finds none, as v1 shows none).
 */
@ApplicationScoped
@Typed(NumbersV1CnamProvider.class)
public class NumbersV1CnamProvider implements CnamProvider {

  private static final String CNAM = "CNAM (caller names)";

  @Override
  public CnamRecord create(CallerName name) {
    throw NumbersV1Calls.notAvailable(CNAM);
  }

  @Override
  public CnamRecord update(String id, CallerName name) {
    throw NumbersV1Calls.notAvailable(CNAM);
  }

  @Override
  public void delete(String id) {
    throw NumbersV1Calls.notAvailable(CNAM);
  }

  @Override
  public CnamRecord get(String id) {
    throw NumbersV1Calls.notAvailable(CNAM);
  }

  @Override
  public List<CnamRecord> all() {
    return List.of();
  }

  @Override
  public void assign(E164Number number, String id) {
    throw NumbersV1Calls.notAvailable(CNAM);
  }

  @Override
  public void unassign(E164Number number) {
    throw NumbersV1Calls.notAvailable(CNAM);
  }
}
