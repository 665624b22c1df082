package dev.switchboard.domain.reconciliation.usecase;

import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.event.CnamEvents;
import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: bring the E911 addresses and caller names of the inventory in line with the provider,
 * and tell every caller name whose review ended (approved or rejected) since we last looked.
 */
public final class ReconcileRegistries {

  /** What differed, by id. */
  public record Report(
      int addressesChecked,
      List<String> addressesAdded,
      List<String> addressesRemoved,
      List<String> addressesChanged,
      int namesChecked,
      List<String> namesAdded,
      List<String> namesRemoved,
      List<String> namesChanged,
      List<String> namesApproved,
      List<String> namesRejected) {

    public boolean foundDrift() {
      return !(addressesAdded.isEmpty()
          && addressesRemoved.isEmpty()
          && addressesChanged.isEmpty()
          && namesAdded.isEmpty()
          && namesRemoved.isEmpty()
          && namesChanged.isEmpty());
    }
  }

  private final E911Provider e911Provider;
  private final E911Inventory addresses;
  private final CnamProvider cnamProvider;
  private final CnamInventory names;
  private final Outbox outbox;
  private final CnamEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReconcileRegistries(
      E911Provider e911Provider,
      E911Inventory addresses,
      CnamProvider cnamProvider,
      CnamInventory names,
      Outbox outbox,
      CnamEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.e911Provider = e911Provider;
    this.addresses = addresses;
    this.cnamProvider = cnamProvider;
    this.names = names;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Report reconcile() {
    List<E911Address> remoteAddresses = e911Provider.all();
    Map<String, E911Address> localAddresses = new LinkedHashMap<>();
    addresses.all().forEach(a -> localAddresses.put(a.id(), a));
    List<String> aAdded = new ArrayList<>();
    List<String> aChanged = new ArrayList<>();
    for (E911Address remote : remoteAddresses) {
      E911Address local = localAddresses.remove(remote.id());
      if (local == null) {
        aAdded.add(remote.id());
      } else if (!local.equals(remote)) {
        aChanged.add(remote.id());
      }
    }
    List<String> aRemoved = new ArrayList<>(localAddresses.keySet());

    List<CnamRecord> remoteNames = cnamProvider.all();
    Map<String, CnamRecord> localNames = new LinkedHashMap<>();
    names.all().forEach(n -> localNames.put(n.id(), n));
    List<String> nAdded = new ArrayList<>();
    List<String> nChanged = new ArrayList<>();
    List<CnamRecord> reviewed = new ArrayList<>();
    for (CnamRecord remote : remoteNames) {
      CnamRecord local = localNames.remove(remote.id());
      if (local == null) {
        nAdded.add(remote.id());
      } else if (!local.equals(remote)) {
        nChanged.add(remote.id());
      }
      boolean wasPending = local == null || local.status() == CnamStatus.PENDING;
      if (wasPending && remote.status() != CnamStatus.PENDING) {
        reviewed.add(remote);
      }
    }
    List<String> nRemoved = new ArrayList<>(localNames.keySet());

    unitOfWork.run(
        () -> {
          Instant now = clock.instant();
          remoteAddresses.forEach(addresses::save);
          aRemoved.forEach(addresses::remove);
          remoteNames.forEach(names::save);
          nRemoved.forEach(names::remove);
          reviewed.forEach(r -> outbox.append(events.reviewed(r, now)));
        });
    return new Report(
        remoteAddresses.size(),
        aAdded,
        aRemoved,
        aChanged,
        remoteNames.size(),
        nAdded,
        nRemoved,
        nChanged,
        reviewed.stream()
            .filter(r -> r.status() == CnamStatus.APPROVED)
            .map(CnamRecord::id)
            .toList(),
        reviewed.stream()
            .filter(r -> r.status() == CnamStatus.REJECTED)
            .map(CnamRecord::id)
            .toList());
  }
}
