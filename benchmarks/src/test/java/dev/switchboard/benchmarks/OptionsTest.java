package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void the_full_suite_is_the_default() {
    Options options = Options.parse();
    assertThat(options.only()).containsExactlyInAnyOrderElementsOf(Options.SUITES);
    assertThat(options.rowCounts()).containsExactly(1_000_000L, 10_000_000L);
    assertThat(options.concurrencies()).containsExactly(1, 4, 16, 64);
    assertThat(options.inboundRates()).isEmpty();
  }

  @Test
  void chosen_inbound_rates_replace_the_sweep() {
    assertThat(Options.parse("--inbound-rates", "2000, 4_500").inboundRates())
        .containsExactly(2000.0, 4500.0);
    assertThatThrownBy(() -> Options.parse("--inbound-rates", "0"))
        .hasMessageContaining("must be positive");
  }

  @Test
  void jvm_options_for_the_api_are_kept_in_order_and_must_be_options() {
    assertThat(
            Options.parse("--api-jvm-option", "-Xmn32m", "--api-jvm-option", "-XX:+UseSerialGC")
                .apiJvmOptions())
        .containsExactly("-Xmn32m", "-XX:+UseSerialGC");
    assertThat(Options.parse().apiJvmOptions()).isEmpty();
    assertThatThrownBy(() -> Options.parse("--api-jvm-option", "Xmn32m"))
        .hasMessageContaining("one JVM option");
  }

  @Test
  void jvm_options_for_the_framework_floor_are_its_own_and_must_be_options() {
    Options o =
        Options.parse(
            "--floor-jvm-option",
            "-Dquarkus.otel.sdk.disabled=true",
            "--api-jvm-option",
            "-Xmn32m");
    assertThat(o.floorJvmOptions()).containsExactly("-Dquarkus.otel.sdk.disabled=true");
    assertThat(o.apiJvmOptions()).containsExactly("-Xmn32m");
    assertThatThrownBy(() -> Options.parse("--floor-jvm-option", "quarkus.otel.sdk.disabled"))
        .hasMessageContaining("one JVM option");
  }

  @Test
  void a_subset_with_fewer_rows_and_short_steps_can_be_chosen() {
    Options options =
        Options.parse("--quick", "--only", "inbound,queries", "--max-rows", "1_000_000");
    assertThat(options.runs("inbound")).isTrue();
    assertThat(options.runs("send")).isFalse();
    assertThat(options.measure()).isLessThan(Options.parse().measure());
    assertThat(options.rowCounts()).isEqualTo(List.of(100_000L));
    assertThat(Options.parse("--max-rows", "1000000").rowCounts()).containsExactly(1_000_000L);
  }

  @Test
  void unknown_benchmarks_and_options_are_refused() {
    assertThatThrownBy(() -> Options.parse("--only", "inbound,speed"))
        .hasMessageContaining("unknown benchmark 'speed'");
    assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("unknown option");
    assertThatThrownBy(() -> Options.parse("--max-rows")).hasMessageContaining("needs a value");
  }

  @Test
  void postgres_settings_are_taken_in_order_and_must_name_a_value() {
    Options options =
        Options.parse(
            "--postgres-setting", "max_wal_size=4GB", "--postgres-setting", "wal_compression=on");
    assertThat(options.postgresSettings())
        .containsExactly(
            java.util.Map.entry("max_wal_size", "4GB"),
            java.util.Map.entry("wal_compression", "on"));
    assertThat(Options.parse().postgresSettings()).isEmpty();
    assertThatThrownBy(() -> Options.parse("--postgres-setting", "max_wal_size"))
        .hasMessageContaining("NAME=VALUE");
  }
}
