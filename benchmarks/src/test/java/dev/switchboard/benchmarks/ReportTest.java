package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static Report report() {
    Report report =
        new Report(
            new Machine(2, "Test CPU", 24L << 30, "Test JVM", "Linux"),
            "./run-benchmarks.sh --quick",
            "2026-11-27T10:00:00Z");
    report.loadAverages("1.00 2.00 3.00", "4.00 5.00 6.00");
    report.add(
        new Figure(
            "Inbound",
            "best inbound vs best ceiling",
            500,
            "/s",
            "bare ceiling",
            1000,
            "≥ 70 % of the bare ceiling",
            false,
            "50 % of the ceiling, 20 points short"));
    report.add(Figure.info("Footprint", "RSS | idle", 250, "MiB"));
    return report;
  }

  @Test
  void the_markdown_lists_machine_load_baseline_ratio_and_missed_targets() {
    String md = report().markdown("");
    assertThat(md)
        .contains("2 cores, Test CPU")
        .contains("24.0 GiB")
        .contains("`./run-benchmarks.sh --quick`")
        .contains("1.00 2.00 3.00")
        .contains("4.00 5.00 6.00")
        .contains("| best inbound vs best ceiling | 500 /s | bare ceiling: 1,000 /s | 0.50 |")
        .contains("MISSED: 50 % of the ceiling, 20 points short")
        .contains("RSS \\| idle")
        .contains(Report.ANALYSIS_HEADING);
  }

  @Test
  void rewriting_keeps_the_hand_written_analysis(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("BENCHMARKS.md");
    Files.writeString(
        file, "# old figures\n\n" + Report.ANALYSIS_HEADING + "\n\nThe relay is the bottleneck.\n");
    report().write(file);
    String md = Files.readString(file);
    assertThat(md).contains("The relay is the bottleneck.").doesNotContain("# old figures");
    assertThat(md.indexOf(Report.ANALYSIS_HEADING))
        .isEqualTo(md.lastIndexOf(Report.ANALYSIS_HEADING));
  }

  @Test
  void profiles_and_plans_go_to_a_details_page_that_the_summary_links(@TempDir Path dir)
      throws Exception {
    Report report = report();
    report.detail("Query plans at 1 M rows", "```\nIndex Scan using messages_pkey\n```\n");
    Path file = dir.resolve("BENCHMARKS.md");
    report.write(file);

    String md = Files.readString(file);
    Path details = dir.resolve("docs/benchmarks/latest-run-details.md");
    assertThat(Files.readString(details)).contains("Index Scan using messages_pkey");
    assertThat(md)
        .doesNotContain("Index Scan using messages_pkey")
        .contains(
            "[Query plans at 1 M rows](docs/benchmarks/latest-run-details.md"
                + "#query-plans-at-1-m-rows)");
  }

  @Test
  void a_report_written_elsewhere_puts_its_details_beside_it(@TempDir Path dir) throws Exception {
    Report report = report();
    report.detail("Profile", "hot: GroupCommit\n");
    report.write(dir.resolve("run.md"));

    assertThat(Files.readString(dir.resolve("run-details.md"))).contains("hot: GroupCommit");
    assertThat(Files.readString(dir.resolve("run.md"))).contains("(run-details.md#profile)");
  }

  @Test
  void the_console_table_shows_the_ratio_and_verdict() {
    assertThat(report().table()).contains("0.50").contains("MISSED").contains("1,000");
  }

  @Test
  void a_target_without_threshold_is_listed_as_reported() {
    Report report = report();
    report.add(
        new Figure(
            "Batch send API",
            "messages accepted/s vs the group-commit ceiling",
            5000,
            "/s",
            "bare group-commit ceiling",
            10000,
            "batch sends against the bare group-commit ceiling (no threshold set)",
            null,
            "50 % of the ceiling"));
    assertThat(report.markdown(""))
        .contains(
            "| batch sends against the bare group-commit ceiling (no threshold set) | Batch send"
                + " API: messages accepted/s vs the group-commit ceiling | 5,000 /s | reported: 50 %"
                + " of the ceiling |");
  }
}
