package dev.switchboard.sandbox.emulator.cnam;

import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.NumberService;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Timestamps;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The rules over CNAM records and their numbers: values are checked and unique, only pending
 * records change, reviews approve or reject them, only approved records go on local numbers and a
 * record in use cannot be deleted. Runs under {@link NumberService}'s lock.
 */
public final class CnamService {

  /** The reason of automatic rejections (values that impersonate an authority). */
  public static final String AUTO_REJECTION_REASON =
      "Misleading name: caller names may not impersonate an authority such as the police.";

  private final Account account;
  private final NumberService numbers;
  private final CnamBook book;
  private final ScheduledExecutorService scheduler;
  private final Duration autoReview;
  private final Map<String, ScheduledFuture<?>> reviews = new ConcurrentHashMap<>();

  public CnamService(
      Account account,
      NumberService numbers,
      CnamBook book,
      ScheduledExecutorService scheduler,
      Duration autoReview) {
    this.account = account;
    this.numbers = numbers;
    this.book = book;
    this.scheduler = scheduler;
    this.autoReview = autoReview;
  }

  /** Forgets every record and abandons the planned reviews. */
  public void reset() {
    numbers.atomically(
        () -> {
          reviews.values().forEach(r -> r.cancel(false));
          reviews.clear();
          book.reset();
          return null;
        });
  }

  CnamRecord create(String given) {
    String value = CnamValues.check(given);
    return numbers.atomically(
        () -> {
          refuseDuplicate(value, null);
          CnamRecord created = book.create(value, Timestamps.now());
          planReview(created.id());
          return created;
        });
  }

  /** Only a pending record changes; its automatic review starts again. */
  CnamRecord update(String id, String given) {
    return numbers.atomically(
        () -> {
          CnamRecord current = record(id);
          if (!current.pending()) {
            throw FlowrouteException.forbidden(
                "Only pending CNAM records can be updated; this one is "
                    + (current.approved() ? "approved" : "rejected")
                    + ".");
          }
          String value = CnamValues.check(given);
          refuseDuplicate(value, current.id());
          CnamRecord updated = current.withValue(value);
          book.replace(updated);
          planReview(updated.id());
          return updated;
        });
  }

  void delete(String id) {
    numbers.atomically(
        () -> {
          CnamRecord record =
              book.find(id)
                  .orElseThrow(
                      () ->
                          new FlowrouteException(
                              404,
                              "Resource not found",
                              "CNAM record not found. Nothing to delete."));
          if (!numbersUsing(record.id()).isEmpty()) {
            throw FlowrouteException.forbidden(
                "This CNAM record has numbers still associated to it. Please disassociate all"
                    + " numbers before deleting.");
          }
          cancelReview(record.id());
          book.remove(record.id());
          return null;
        });
  }

  /** Puts an approved record on a local number (again: idempotent); the record is returned. */
  CnamRecord assign(String number, String id) {
    return numbers.atomically(
        () -> {
          NumberDetails owned = numbers.owned(number);
          CnamRecord record = record(id);
          if (!record.approved()) {
            throw FlowrouteException.unprocessable(
                "CNAM record "
                    + record.id()
                    + " is "
                    + (record.pending() ? "pending approval" : "rejected")
                    + "; only approved CNAM records can be assigned to numbers.");
          }
          if (owned.tollFree()) {
            throw FlowrouteException.unprocessable(
                "CNAM presets can only be assigned to US local (long code) numbers.");
          }
          account.put(owned.withCnam(record.id()));
          return record;
        });
  }

  /** Takes the number's CNAM record off, if it has one. */
  void unassign(String number) {
    numbers.atomically(
        () -> {
          account.put(numbers.owned(number).withCnam(null));
          return null;
        });
  }

  /**
   * Approves a pending record.
   *
   * @throws IllegalArgumentException when there is no such record
   * @throws IllegalStateException when it is not pending
   */
  public CnamRecord approve(String id) {
    return review(id, true, null);
  }

  /** Rejects a pending record with a reason (same exceptions as {@link #approve}). */
  public CnamRecord reject(String id, String reason) {
    return review(id, false, reason == null || reason.isBlank() ? "Rejected." : reason.trim());
  }

  private CnamRecord review(String id, boolean approve, String reason) {
    return numbers.atomically(
        () -> {
          CnamRecord current =
              book.find(id).orElseThrow(() -> new IllegalArgumentException("no CNAM record " + id));
          if (!current.pending()) {
            throw new IllegalStateException(
                "CNAM record "
                    + current.id()
                    + " was already "
                    + (current.approved() ? "approved" : "rejected"));
          }
          cancelReview(current.id());
          CnamRecord reviewed =
              approve ? current.approve(Timestamps.now()) : current.reject(reason);
          book.replace(reviewed);
          return reviewed;
        });
  }

  CnamRecord record(String id) {
    return book.find(id)
        .orElseThrow(
            () -> new FlowrouteException(404, "Resource not found", "CNAM record not found."));
  }

  public Optional<CnamRecord> find(String id) {
    return book.find(id);
  }

  public List<CnamRecord> all() {
    return book.all();
  }

  /** The account's numbers that carry the record, by number. */
  List<NumberDetails> numbersUsing(String id) {
    return numbers.numbersMatching(n -> id.equals(n.cnamId()));
  }

  private void refuseDuplicate(String value, String exceptId) {
    if (book.withValue(value, exceptId).isPresent()) {
      throw FlowrouteException.unprocessable("Duplicate CNAM entry found on your account");
    }
  }

  private void planReview(String id) {
    if (autoReview == null) {
      return;
    }
    cancelReview(id);
    ScheduledFuture<?>[] planned = new ScheduledFuture<?>[1];
    planned[0] =
        scheduler.schedule(
            () -> autoReview(id, planned), autoReview.toNanos(), TimeUnit.NANOSECONDS);
    reviews.put(id, planned[0]);
  }

  /**
   * Reviews the record if this is still its planned review (not cancelled by a change or reset).
   */
  private void autoReview(String id, ScheduledFuture<?>[] self) {
    numbers.atomically(
        () -> {
          // read under the lock: the plan is recorded before the lock is released
          if (self[0] == null || reviews.get(id) != self[0]) {
            return null;
          }
          reviews.remove(id);
          book.find(id)
              .filter(CnamRecord::pending)
              .ifPresent(
                  r ->
                      book.replace(
                          r.value().toUpperCase(Locale.ROOT).contains("POLICE")
                              ? r.reject(AUTO_REJECTION_REASON)
                              : r.approve(Timestamps.now())));
          return null;
        });
  }

  private void cancelReview(String id) {
    ScheduledFuture<?> planned = reviews.remove(id);
    if (planned != null) {
      planned.cancel(false);
    }
  }
}
