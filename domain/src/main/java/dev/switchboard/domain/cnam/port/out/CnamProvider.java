package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.shared.E164Number;
import java.util.List;

/**
 * Port: the carrier's caller-name registry (Flowroute's CNAM v2). A value it already has is a
 * {@code ConflictException} ({@code duplicate-caller-name}); a refused value a {@code
 * ValidationException}.
 */
public interface CnamProvider {

  CnamRecord create(CallerName name);

  /** Changes the value of a record still pending review. */
  CnamRecord update(String id, CallerName name);

  void delete(String id);

  CnamRecord get(String id);

  /** Every record of the account (all pages). */
  List<CnamRecord> all();

  void assign(E164Number number, String id);

  void unassign(E164Number number);
}
