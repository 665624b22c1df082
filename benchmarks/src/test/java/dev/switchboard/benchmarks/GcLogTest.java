package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

  @Test
  void pauses_are_read_with_their_start_and_length_and_other_lines_are_skipped() {
    List<StallWatch.GcPause> pauses =
        GcLog.pauses(
            List.of(
                "[2026-12-06T23:40:01.123+0000] Using G1",
                "[2026-12-06T23:40:02.010+0000] GC(12) Pause Young (Normal) (G1 Evacuation"
                    + " Pause) 24M->8M(64M) 10.000ms",
                "[2026-12-06T23:40:03.500+0000] GC(13) Pause Remark 30M->30M(64M) 1.5ms",
                "[2026-12-06T23:40:03.600+0000] GC(13) Concurrent Mark Cycle 120.3ms"));
    assertThat(pauses)
        .containsExactly(
            new StallWatch.GcPause(Instant.parse("2026-12-06T23:40:02.000Z"), 10.0),
            new StallWatch.GcPause(Instant.parse("2026-12-06T23:40:03.498500Z"), 1.5));
  }
}
