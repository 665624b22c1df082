package dev.switchboard.api.support;

import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import java.util.Set;

/** Bearer tokens from the emulator's token endpoint, as the sandbox gives them to users. */
public final class Tokens {

  private Tokens() {}

  public static String all(FlowrouteEmulator emulator) {
    return emulator.token();
  }

  public static String only(FlowrouteEmulator emulator, String... scopes) {
    return emulator.token(Set.of(scopes));
  }
}
