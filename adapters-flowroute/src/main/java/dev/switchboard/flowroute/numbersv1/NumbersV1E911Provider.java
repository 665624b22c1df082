package dev.switchboard.flowroute.numbersv1;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.shared.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;

/**
 * The E911 registry of a deployment on Numbers v1, which has none (§9.2): every operation is
 * refused with {@code not-available-with-numbers-v1}, except the list, which is empty so that the
 * periodic reconciliation of registries keeps running (and finds none, as v1 shows none).
 */
@ApplicationScoped
@Typed(NumbersV1E911Provider.class)
public class NumbersV1E911Provider implements E911Provider {

  private static final String E911 = "E911";

  @Override
  public void validate(PostalAddress address) {
    throw NumbersV1Calls.notAvailable(E911);
  }

  @Override
  public E911Address create(PostalAddress address) {
    throw NumbersV1Calls.notAvailable(E911);
  }

  @Override
  public E911Address update(String id, PostalAddress current, PostalAddress wanted) {
    throw NumbersV1Calls.notAvailable(E911);
  }

  @Override
  public void delete(String id) {
    throw NumbersV1Calls.notAvailable(E911);
  }

  @Override
  public E911Address get(String id) {
    throw NumbersV1Calls.notAvailable(E911);
  }

  @Override
  public List<E911Address> all() {
    return List.of();
  }

  @Override
  public void assign(E164Number number, String id) {
    throw NumbersV1Calls.notAvailable(E911);
  }

  @Override
  public void unassign(E164Number number) {
    throw NumbersV1Calls.notAvailable(E911);
  }

  @Override
  public List<E164Number> numbersOf(String id) {
    throw NumbersV1Calls.notAvailable(E911);
  }
}
