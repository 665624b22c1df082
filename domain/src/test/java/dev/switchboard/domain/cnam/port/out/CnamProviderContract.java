package dev.switchboard.domain.cnam.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.CarrierContract;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What any {@link CnamProvider} must do, whatever carrier is behind it. A subclass gives the
 * provider, an account that starts each test without caller names, numbers bought on it, the
 * carrier's review (approve or reject a name), what caller name a number has, and a way to make the
 * carrier unreachable.
 */
public abstract class CnamProviderContract extends CarrierContract {

  private static final String UNKNOWN_ID = "987654321";

  protected abstract CnamProvider provider();

  /** The carrier's review approves the pending name. */
  protected abstract void approve(String id);

  /** The carrier's review rejects the pending name. */
  protected abstract void reject(String id, String reason);

  /** The id of the caller name the carrier has on a number. */
  protected abstract Optional<String> callerNameOf(E164Number number);

  @Test
  void creates_a_caller_name_pending_review_then_gets_and_lists_it() {
    CnamRecord created = provider().create(new CallerName("ACME WIDGETS"));

    assertThat(created.name()).isEqualTo(new CallerName("ACME WIDGETS"));
    assertThat(created.status()).isEqualTo(CnamStatus.PENDING);
    assertThat(created.createdAt()).isPresent();
    assertThat(created.approvedAt()).isEmpty();
    assertThat(created.rejectionReason()).isEmpty();
    assertThat(provider().get(created.id())).isEqualTo(created);
    assertThat(provider().all()).contains(created);
  }

  @Test
  void an_approved_name_goes_on_a_local_number_comes_off_and_is_deleted() {
    E164Number number = aPurchasedLocalNumber();
    CnamRecord created = provider().create(new CallerName("ACME"));

    approve(created.id());
    CnamRecord approved = provider().get(created.id());

    assertThat(approved.status()).isEqualTo(CnamStatus.APPROVED);
    assertThat(approved.approvedAt()).isPresent();

    provider().assign(number, created.id());

    assertThat(callerNameOf(number)).contains(created.id());

    provider().unassign(number);

    assertThat(callerNameOf(number)).isEmpty();

    provider().delete(created.id());

    assertThat(provider().all()).extracting(CnamRecord::id).doesNotContain(created.id());
    assertThatThrownBy(() -> provider().get(created.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("caller-name-not-found"));
  }

  @Test
  void a_rejected_name_has_its_reason() {
    CnamRecord created = provider().create(new CallerName("Seattle Police"));

    reject(created.id(), "Misleading name");

    CnamRecord rejected = provider().get(created.id());
    assertThat(rejected.status()).isEqualTo(CnamStatus.REJECTED);
    assertThat(rejected.rejectionReason()).contains("Misleading name");
  }

  @Test
  void refuses_to_assign_a_name_not_approved() {
    E164Number number = aPurchasedLocalNumber();
    CnamRecord pending = provider().create(new CallerName("ACME"));
    CnamRecord rejected = provider().create(new CallerName("Seattle Police"));
    reject(rejected.id(), "Misleading name");

    assertThatThrownBy(() -> provider().assign(number, pending.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("caller-name-not-approved"));
    assertThatThrownBy(() -> provider().assign(number, rejected.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("caller-name-not-approved"));
    assertThat(callerNameOf(number)).isEmpty();
  }

  @Test
  void refuses_a_name_on_a_toll_free_number() {
    E164Number tollFree = aPurchasedTollFreeNumber();
    CnamRecord created = provider().create(new CallerName("ACME"));
    approve(created.id());

    assertThatThrownBy(() -> provider().assign(tollFree, created.id()))
        .isInstanceOf(ValidationException.class);
    assertThat(callerNameOf(tollFree)).isEmpty();
  }

  @Test
  void refuses_the_same_name_twice() {
    provider().create(new CallerName("ACME"));

    assertThatThrownBy(() -> provider().create(new CallerName("ACME")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-caller-name"));
  }

  @Test
  void changes_a_name_still_pending() {
    CnamRecord created = provider().create(new CallerName("ACME"));

    CnamRecord updated = provider().update(created.id(), new CallerName("ACME INC"));

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.name()).isEqualTo(new CallerName("ACME INC"));
    assertThat(updated.status()).isEqualTo(CnamStatus.PENDING);
    assertThat(provider().get(created.id()).name()).isEqualTo(new CallerName("ACME INC"));
  }

  @Test
  void refuses_to_change_a_name_already_reviewed() {
    CnamRecord created = provider().create(new CallerName("ACME"));
    approve(created.id());

    assertThatThrownBy(() -> provider().update(created.id(), new CallerName("ACME INC")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("caller-name-not-pending"));
    assertThat(provider().get(created.id()).name()).isEqualTo(new CallerName("ACME"));
  }

  @Test
  void refuses_to_delete_a_name_a_number_still_uses() {
    E164Number number = aPurchasedLocalNumber();
    CnamRecord created = provider().create(new CallerName("ACME"));
    approve(created.id());
    provider().assign(number, created.id());

    assertThatThrownBy(() -> provider().delete(created.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("caller-name-in-use"));
    assertThat(provider().get(created.id()).status()).isEqualTo(CnamStatus.APPROVED);
  }

  @Test
  void an_unknown_name_is_not_found() {
    E164Number number = aPurchasedLocalNumber();

    assertThatThrownBy(() -> provider().get(UNKNOWN_ID))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("caller-name-not-found"));
    assertThatThrownBy(() -> provider().delete(UNKNOWN_ID))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("caller-name-not-found"));
    assertThatThrownBy(() -> provider().assign(number, UNKNOWN_ID))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("caller-name-not-found"));
  }

  @Test
  void a_carrier_that_is_down_is_unavailable() {
    carrierDown(true);

    assertThatThrownBy(() -> provider().all())
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE));
    assertThatThrownBy(() -> provider().create(new CallerName("ACME")))
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE));
  }
}
