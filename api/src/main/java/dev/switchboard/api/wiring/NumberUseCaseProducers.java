package dev.switchboard.api.wiring;

import dev.switchboard.api.metrics.Metered;
import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.numbers.usecase.AssignRoute;
import dev.switchboard.domain.numbers.usecase.BrowseCatalogue;
import dev.switchboard.domain.numbers.usecase.PurchaseNumber;
import dev.switchboard.domain.numbers.usecase.ReadNumbers;
import dev.switchboard.domain.numbers.usecase.ReleaseNumber;
import dev.switchboard.domain.numbers.usecase.UpdateNumber;
import dev.switchboard.domain.reconciliation.usecase.ReconcileInventory;
import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.routes.usecase.ManageRoutes;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the numbers and routes use cases to their adapters. */
@ApplicationScoped
public class NumberUseCaseProducers {

  @Produces
  @Singleton
  NumberEvents numberEvents(IdGenerator ids) {
    return new NumberEvents(ids);
  }

  @Produces
  @Singleton
  BrowseCatalogue browseCatalogue(NumberCatalogue catalogue) {
    return new BrowseCatalogue(catalogue);
  }

  @Produces
  @Singleton
  PurchaseNumber purchaseNumber(
      NumberProvider provider,
      NumberInventory inventory,
      @Metered Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new PurchaseNumber(provider, inventory, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ReleaseNumber releaseNumber(
      NumberProvider provider,
      NumberInventory inventory,
      @Metered Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ReleaseNumber(provider, inventory, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  UpdateNumber updateNumber(
      NumberProvider provider,
      NumberInventory inventory,
      @Metered Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new UpdateNumber(provider, inventory, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ReadNumbers readNumbers(
      NumberInventory numbers,
      RouteInventory routes,
      E911Inventory addresses,
      CnamInventory callerNames) {
    return new ReadNumbers(numbers, routes, addresses, callerNames);
  }

  @Produces
  @Singleton
  ReconcileInventory reconcileInventory(
      NumberProvider provider,
      RouteProvider routeProvider,
      NumberInventory numbers,
      RouteInventory routes,
      @Metered Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ReconcileInventory(
        provider, routeProvider, numbers, routes, outbox, events, unitOfWork, clock);
  }

  @Produces
  @Singleton
  ManageRoutes manageRoutes(
      RouteProvider provider,
      RouteInventory routes,
      NumberInventory numbers,
      UnitOfWork unitOfWork) {
    return new ManageRoutes(provider, routes, numbers, unitOfWork);
  }

  @Produces
  @Singleton
  AssignRoute assignRoute(
      RouteProvider provider,
      NumberInventory numbers,
      RouteInventory routes,
      @Metered Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new AssignRoute(provider, numbers, routes, outbox, events, unitOfWork, clock);
  }
}
