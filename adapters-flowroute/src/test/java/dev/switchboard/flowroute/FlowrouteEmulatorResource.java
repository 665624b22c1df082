package dev.switchboard.flowroute;

import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/** Starts the sandbox's Flowroute emulator on a free port and points the adapter at it. */
public class FlowrouteEmulatorResource implements QuarkusTestResourceLifecycleManager {

  /** Marks the test field that receives the running emulator. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Emulator {}

  private FlowrouteEmulator emulator;

  @Override
  public Map<String, String> start() {
    emulator = FlowrouteEmulator.start(EmulatorConfig.defaults().withPort(0));
    return Map.of(
        "switchboard.flowroute.base-url",
        emulator.url(),
        "switchboard.webhooks.register-callbacks",
        "false");
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        emulator,
        new TestInjector.AnnotatedAndMatchesType(Emulator.class, FlowrouteEmulator.class));
  }

  @Override
  public void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }
}
