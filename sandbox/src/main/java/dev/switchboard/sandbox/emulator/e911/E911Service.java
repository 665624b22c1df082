package dev.switchboard.sandbox.emulator.e911;

import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.NumberService;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules over E911 records and their numbers: addresses are validated, geocoded and unique; a
 * record in use cannot be deleted; only numbers with emergency service can have one. Runs under
 * {@link NumberService}'s lock so that releases and assignments do not interleave.
 */
public final class E911Service {

  static final String NOT_EMERGENCY_CAPABLE =
      "Cannot assign an E911 record to a number that does not support emergency services.";

  private final Account account;
  private final NumberService numbers;
  private final E911Book book;
  private final boolean tollFreeAllowed;

  public E911Service(
      Account account, NumberService numbers, E911Book book, boolean tollFreeAllowed) {
    this.account = account;
    this.numbers = numbers;
    this.book = book;
    this.tollFreeAllowed = tollFreeAllowed;
  }

  public void reset() {
    book.reset();
  }

  /** Field rules (422), then geocoding (400); nothing is stored. */
  E911Address validate(Map<String, String> values) {
    E911Address address = E911Rules.validate(values);
    Geocoder.geocode(address);
    return address;
  }

  E911Record create(Map<String, String> values) {
    E911Address address = validate(values);
    return numbers.atomically(
        () -> {
          refuseDuplicate(address, null);
          return book.create(address);
        });
  }

  /** Merges the attributes given onto the record's and validates the result as a whole. */
  E911Record update(String id, Map<String, String> given) {
    return numbers.atomically(
        () -> {
          E911Record current = record(id);
          Map<String, String> merged = E911Rules.of(current.address());
          merged.putAll(given);
          E911Record updated = new E911Record(current.id(), validate(merged));
          refuseDuplicate(updated.address(), current.id());
          book.replace(updated);
          return updated;
        });
  }

  void delete(String id) {
    numbers.atomically(
        () -> {
          E911Record record = record(id);
          if (!numbersUsing(record.id()).isEmpty()) {
            throw FlowrouteException.forbidden(
                "This E911 record has numbers still associated to it. Please disassociate all"
                    + " numbers before deleting.");
          }
          book.remove(record.id());
          return null;
        });
  }

  /** Idempotent: assigning the record a number already has changes nothing. */
  void assign(String number, String id) {
    numbers.atomically(
        () -> {
          NumberDetails owned = numbers.owned(number);
          E911Record record = record(id);
          if (owned.tollFree() && !tollFreeAllowed) {
            throw FlowrouteException.unprocessable(NOT_EMERGENCY_CAPABLE);
          }
          account.put(owned.withE911(record.id()));
          return null;
        });
  }

  /** Removes the number's E911 record, if it has one. */
  void unassign(String number) {
    numbers.atomically(
        () -> {
          account.put(numbers.owned(number).withE911(null));
          return null;
        });
  }

  E911Record record(String id) {
    return book.find(id)
        .orElseThrow(
            () -> FlowrouteException.notFound("Could not find that resource on your account."));
  }

  public Optional<E911Record> find(String id) {
    return book.find(id);
  }

  public List<E911Record> all() {
    return book.all();
  }

  /** The account's numbers that use the record, by number. */
  List<NumberDetails> numbersUsing(String id) {
    return numbers.numbersMatching(n -> id.equals(n.e911Id()));
  }

  private void refuseDuplicate(E911Address address, String exceptId) {
    String place = address.place();
    boolean duplicate =
        book.all().stream()
            .anyMatch(r -> !r.id().equals(exceptId) && r.address().place().equals(place));
    if (duplicate) {
      throw FlowrouteException.forbidden("Duplicate address.");
    }
  }
}
