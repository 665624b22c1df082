package dev.switchboard.domain.reconciliation.usecase;

import static dev.switchboard.domain.e911.port.out.E911ProviderContract.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.event.CnamApproved;
import dev.switchboard.domain.cnam.event.CnamEvents;
import dev.switchboard.domain.cnam.event.CnamRejected;
import dev.switchboard.domain.cnam.port.out.InMemoryCnamInventory;
import dev.switchboard.domain.cnam.port.out.InMemoryCnamProvider;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.port.out.InMemoryE911Inventory;
import dev.switchboard.domain.e911.port.out.InMemoryE911Provider;
import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The E911 and caller-name records brought in line with the carrier, reviews told once. */
class ReconcileRegistriesTest {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryE911Provider e911Carrier = new InMemoryE911Provider(account);
  private final InMemoryCnamProvider cnamCarrier = new InMemoryCnamProvider(account);
  private final InMemoryE911Inventory addresses = new InMemoryE911Inventory();
  private final InMemoryCnamInventory names = new InMemoryCnamInventory();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final ReconcileRegistries reconcile =
      new ReconcileRegistries(
          e911Carrier,
          addresses,
          cnamCarrier,
          names,
          outbox,
          new CnamEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void an_account_in_step_is_no_drift_and_changes_nothing() {
    E911Address hq = e911Carrier.create(office("HQ", "3rd Ave"));
    addresses.save(hq);
    CnamRecord acme = cnamCarrier.create(new CallerName("ACME"));
    names.save(acme);

    ReconcileRegistries.Report report = reconcile.reconcile();

    assertThat(report.foundDrift()).isFalse();
    assertThat(report.addressesChecked()).isEqualTo(1);
    assertThat(report.namesChecked()).isEqualTo(1);
    assertThat(addresses.all()).containsExactly(hq);
    assertThat(names.all()).containsExactly(acme);
    assertThat(outbox.events()).isEmpty();
  }

  @Test
  void records_what_only_the_carrier_has_and_forgets_what_it_no_longer_has() {
    E911Address remoteOnly = e911Carrier.create(office("HQ", "3rd Ave"));
    E911Address gone = new E911Address("9", office("Old", "Pike St"));
    addresses.save(gone);
    CnamRecord remoteName = cnamCarrier.create(new CallerName("ACME"));
    names.save(new CnamRecord("8", new CallerName("GONE"), CnamStatus.PENDING, null, null, null));

    ReconcileRegistries.Report report = reconcile.reconcile();

    assertThat(report.foundDrift()).isTrue();
    assertThat(report.addressesAdded()).containsExactly(remoteOnly.id());
    assertThat(report.addressesRemoved()).containsExactly("9");
    assertThat(report.namesAdded()).containsExactly(remoteName.id());
    assertThat(report.namesRemoved()).containsExactly("8");
    assertThat(addresses.all()).containsExactly(remoteOnly);
    assertThat(names.all()).containsExactly(remoteName);
  }

  @Test
  void takes_the_carriers_version_of_a_changed_address() {
    E911Address remote = e911Carrier.create(office("HQ", "3rd Ave"));
    addresses.save(new E911Address(remote.id(), office("HQ", "Pike St")));

    ReconcileRegistries.Report report = reconcile.reconcile();

    assertThat(report.addressesChanged()).containsExactly(remote.id());
    assertThat(addresses.find(remote.id())).contains(remote);
  }

  @Test
  void tells_each_ended_review_once() {
    CnamRecord approved = cnamCarrier.create(new CallerName("ACME"));
    CnamRecord rejected = cnamCarrier.create(new CallerName("BOLT"));
    CnamRecord stillPending = cnamCarrier.create(new CallerName("CORE"));
    names.save(approved);
    names.save(rejected);
    names.save(stillPending);
    cnamCarrier.approve(approved.id());
    cnamCarrier.reject(rejected.id(), "Misleading name");

    ReconcileRegistries.Report report = reconcile.reconcile();

    assertThat(report.namesApproved()).containsExactly(approved.id());
    assertThat(report.namesRejected()).containsExactly(rejected.id());
    assertThat(report.namesChanged()).containsExactlyInAnyOrder(approved.id(), rejected.id());
    assertThat(names.find(approved.id()).orElseThrow().status()).isEqualTo(CnamStatus.APPROVED);
    assertThat(outbox.types()).containsExactlyInAnyOrder(CnamApproved.class, CnamRejected.class);

    ReconcileRegistries.Report again = reconcile.reconcile();

    assertThat(again.foundDrift()).isFalse();
    assertThat(again.namesApproved()).isEmpty();
    assertThat(outbox.events()).as("no review is told twice").hasSize(2);
  }

  @Test
  void a_name_first_seen_already_reviewed_is_told() {
    CnamRecord approved = cnamCarrier.create(new CallerName("ACME"));
    cnamCarrier.approve(approved.id());

    ReconcileRegistries.Report report = reconcile.reconcile();

    assertThat(report.namesAdded()).containsExactly(approved.id());
    assertThat(report.namesApproved()).containsExactly(approved.id());
    assertThat(outbox.types()).containsExactly(CnamApproved.class);
  }

  @Test
  void a_carrier_that_is_down_changes_nothing() {
    E911Address kept = new E911Address("9", office("Old", "Pike St"));
    addresses.save(kept);
    account.setDown(true);

    assertThatThrownBy(reconcile::reconcile).isInstanceOf(UpstreamException.class);
    assertThat(addresses.all()).containsExactly(kept);
    assertThat(outbox.events()).isEmpty();
  }
}
