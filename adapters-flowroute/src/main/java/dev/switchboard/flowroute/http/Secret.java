package dev.switchboard.flowroute.http;

import java.util.Objects;

/** A credential read from configuration that never shows its value in {@code toString}. */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** Also the implicit converter SmallRye Config uses for {@code @ConfigMapping} members. */
  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The value itself, for the one place that must send it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "****";
  }
}
