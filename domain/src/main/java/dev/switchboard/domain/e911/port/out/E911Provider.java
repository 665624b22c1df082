package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.shared.E164Number;
import java.util.List;

/**
 * Port: the carrier's emergency address registry (Flowroute's E911 v2). An address it cannot
 * geocode is a {@code ValidationException} with code {@code address-not-found}; a duplicate is a
 * {@code ConflictException} ({@code duplicate-address}); a number that cannot have emergency
 * service is a {@code ValidationException} ({@code number-cannot-have-e911}).
 */
public interface E911Provider {

  /** Checks the address as the carrier would, creating nothing. */
  void validate(PostalAddress address);

  E911Address create(PostalAddress address);

  /**
   * Changes the address registered as {@code id} from {@code current} (what we last knew of it) to
   * {@code wanted}; the carrier is sent only what differs.
   */
  E911Address update(String id, PostalAddress current, PostalAddress wanted);

  void delete(String id);

  E911Address get(String id);

  /** Every address of the account (all pages). */
  List<E911Address> all();

  void assign(E164Number number, String id);

  void unassign(E164Number number);

  /** The numbers the carrier has on the address. */
  List<E164Number> numbersOf(String id);
}
