package dev.switchboard.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md ("Modules and dependencies", "Packages"), checked on
 * the compiled classes.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.switchboard");
  }

  @Test
  void the_domain_uses_nothing_but_the_jdk() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dev.switchboard.domain..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("dev.switchboard.domain..", "java..")
            .because("the domain is plain Java: no framework, no adapter");
    rule.check(classes);
  }

  @Test
  void no_domain_area_depends_on_another_that_depends_back_on_it() {
    slices()
        .matching("dev.switchboard.domain.(*)..")
        .should()
        .beFreeOfCycles()
        .because("an area depends only on the areas below it (numbers on routes, e911, cnam)")
        .check(classes);
  }

  @Test
  void no_two_packages_of_the_domain_or_an_adapter_depend_on_each_other() {
    for (String module : new String[] {"domain", "flowroute", "persistence"}) {
      slices()
          .matching("dev.switchboard." + module + ".(**)")
          .should()
          .beFreeOfCycles()
          .because("use cases depend on ports, ports on the model, never the other way")
          .check(classes);
    }
  }

  @Test
  void the_flowroute_adapter_does_not_use_other_adapters() {
    adapterIsolated("dev.switchboard.flowroute..").check(classes);
  }

  @Test
  void the_persistence_adapter_does_not_use_other_adapters() {
    adapterIsolated("dev.switchboard.persistence..").check(classes);
  }

  @Test
  void the_events_adapter_does_not_use_other_adapters() {
    adapterIsolated("dev.switchboard.events..").check(classes);
  }

  @Test
  void only_tests_use_the_sandbox() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.switchboard.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.switchboard.sandbox..")
        .check(classes);
  }

  private static ArchRule adapterIsolated(String adapterPackage) {
    String[] others =
        java.util.stream.Stream.of(
                "dev.switchboard.flowroute..",
                "dev.switchboard.persistence..",
                "dev.switchboard.events..",
                "dev.switchboard.api..")
            .filter(p -> !p.equals(adapterPackage))
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(adapterPackage)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("adapters never import each other; only api sees everything");
  }
}
