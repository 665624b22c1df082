package dev.switchboard.api.support;

import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.account.AccountNumber;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Test fixture: the emulated account's own numbers (+12065550100 to +12065550103) are in the
 * inventory when the application starts, as a reconciliation would put them there but without its
 * events, so that the tests can send from them ({@code from} must be one of our numbers). Each is
 * copied as Flowroute describes it, so a later reconciliation finds no drift; a number already in
 * the inventory is left as it is.
 */
@ApplicationScoped
public class SeededInventory {

  private static final Logger LOG = Logger.getLogger(SeededInventory.class);

  void seed(@Observes StartupEvent start, NumberProvider flowroute, NumberInventory inventory) {
    for (AccountNumber seeded : EmulatorConfig.defaults().numbers()) {
      E164Number number = E164Number.parse("+" + seeded.number());
      try {
        QuarkusTransaction.requiringNew()
            .run(
                () -> {
                  if (inventory.find(number).isEmpty()) {
                    inventory.save(flowroute.details(number));
                  }
                });
      } catch (RuntimeException e) {
        // A test profile without the emulator: its tests do not send.
        LOG.warnf("could not seed %s into the inventory: %s", number, e.toString());
      }
    }
  }
}
