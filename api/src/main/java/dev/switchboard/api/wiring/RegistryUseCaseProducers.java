package dev.switchboard.api.wiring;

import dev.switchboard.api.metrics.Metered;
import dev.switchboard.domain.cnam.event.CnamEvents;
import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.cnam.usecase.ManageCallerNames;
import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.e911.usecase.ManageE911;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.usecase.AssignCallerName;
import dev.switchboard.domain.numbers.usecase.AssignE911;
import dev.switchboard.domain.reconciliation.usecase.ReconcileRegistries;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the E911 and caller-name use cases to their adapters. */
@ApplicationScoped
public class RegistryUseCaseProducers {

  @Produces
  @Singleton
  CnamEvents cnamEvents(IdGenerator ids) {
    return new CnamEvents(ids);
  }

  @Produces
  @Singleton
  ManageE911 manageE911(
      E911Provider provider,
      E911Inventory addresses,
      NumberInventory numbers,
      UnitOfWork unitOfWork) {
    return new ManageE911(provider, addresses, numbers, unitOfWork);
  }

  @Produces
  @Singleton
  AssignE911 assignE911(
      E911Provider provider,
      E911Inventory addresses,
      NumberInventory numbers,
      @Metered Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new AssignE911(provider, addresses, numbers, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ManageCallerNames manageCallerNames(
      CnamProvider provider, CnamInventory names, NumberInventory numbers, UnitOfWork unitOfWork) {
    return new ManageCallerNames(provider, names, numbers, unitOfWork);
  }

  @Produces
  @Singleton
  AssignCallerName assignCallerName(
      CnamProvider provider,
      CnamInventory names,
      NumberInventory numbers,
      @Metered Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new AssignCallerName(provider, names, numbers, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ReconcileRegistries reconcileRegistries(
      E911Provider e911Provider,
      E911Inventory addresses,
      CnamProvider cnamProvider,
      CnamInventory names,
      @Metered Outbox outbox,
      CnamEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ReconcileRegistries(
        e911Provider, addresses, cnamProvider, names, outbox, events, unitOfWork, clock);
  }
}
