package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuShareTest {

  @Test
  void the_harness_share_names_its_broker_and_jit_parts_beside_it_not_as_more_of_the_whole() {
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("api", 0.30);
    shares.put(CpuShare.API_JIT, 0.02);
    shares.put("postgres", 0.26);
    shares.put("harness", 0.29);
    shares.put(CpuShare.BROKER, 0.12);
    shares.put(CpuShare.HARNESS_JIT, 0.03);
    shares.put("other", 0.09);
    shares.put("idle", 0.06);
    assertThat(CpuShare.describe(shares))
        .isEqualTo(
            "api 30 % (JIT 2 %), postgres 26 %, harness 29 % (Kafka broker 12 %, JIT 3 %),"
                + " other 9 %, idle 6 %");
  }

  @Test
  void broker_threads_are_told_from_the_harnesss_kafka_clients_by_name() {
    assertThat(ProcessStats.isBrokerThread("data-plane-kafk")).isTrue();
    assertThat(ProcessStats.isBrokerThread("TxnMarkerSender")).isTrue();
    assertThat(ProcessStats.isBrokerThread("kafka-1-raft-io")).isTrue();
    assertThat(ProcessStats.isBrokerThread("kafka-producer-")).isFalse();
    assertThat(ProcessStats.isBrokerThread("event-watcher")).isFalse();
    assertThat(ProcessStats.isBrokerThread("C2 CompilerThre")).isFalse();
  }

  @Test
  void this_jvms_own_compiler_threads_are_found_and_have_worked() {
    assertThat(ProcessStats.compilerTicks(ProcessHandle.current().pid())).isPositive();
  }
}
