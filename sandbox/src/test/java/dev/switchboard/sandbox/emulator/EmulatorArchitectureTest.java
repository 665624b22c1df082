package dev.switchboard.sandbox.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emulator's package rules (docs/architecture.md, the sandbox's packages), checked on the
 * compiled classes.
 */
class EmulatorArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() throws URISyntaxException {
    // The module's own classes only: scanning the classpath's jars for the package takes seconds.
    Path sandboxClasses =
        Path.of(
            FlowrouteEmulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    classes = new ClassFileImporter().importPath(sandboxClasses);
  }

  @Test
  void the_emulators_packages_have_no_cycles() {
    // (**) makes each package a slice of its own, the emulator's root package included.
    slices()
        .matching("dev.switchboard.sandbox.(**)")
        .should()
        .beFreeOfCycles()
        .because(
            "each Flowroute API, the /sandbox control and the token issuer build on the"
                + " account and the HTTP plumbing, never the other way round")
        .check(classes);
  }

  @Test
  void only_the_root_package_wires_the_emulator() {
    noClasses()
        .that()
        .resideInAPackage("dev.switchboard.sandbox.emulator.*..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.switchboard.sandbox.emulator")
        .because(
            "FlowrouteEmulator builds every part and hands each what it needs;"
                + " EmulatorConfig is read there only")
        .check(classes);
  }

  @Test
  void the_http_plumbing_knows_no_flowroute_api() {
    noClasses()
        .that()
        .resideInAPackage("dev.switchboard.sandbox.emulator.http..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.switchboard.sandbox.emulator",
            "dev.switchboard.sandbox.emulator.account..",
            "dev.switchboard.sandbox.emulator.messaging..",
            "dev.switchboard.sandbox.emulator.numbers..",
            "dev.switchboard.sandbox.emulator.routes..",
            "dev.switchboard.sandbox.emulator.e911..",
            "dev.switchboard.sandbox.emulator.cnam..",
            "dev.switchboard.sandbox.emulator.faults..",
            "dev.switchboard.sandbox.emulator.control..",
            "dev.switchboard.sandbox.emulator.token..")
        .check(classes);
  }
}
