package dev.switchboard.benchmarks;

import java.util.Objects;

/**
 * One measured figure beside its same-run baseline.
 *
 * @param section the benchmark it belongs to, e.g. {@code Inbound}
 * @param name what was measured, e.g. {@code accepted webhooks/s, 16 connections}
 * @param value the measurement
 * @param unit its unit
 * @param baselineName what it is compared with, or empty
 * @param baseline the baseline's value in the same unit, NaN when there is none
 * @param target the target, in words, or empty
 * @param met whether the target is met, null when the figure has no target
 * @param note how far a target was missed, or another remark
 */
public record Figure(
    String section,
    String name,
    double value,
    String unit,
    String baselineName,
    double baseline,
    String target,
    Boolean met,
    String note) {

  public Figure {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    baselineName = baselineName == null ? "" : baselineName;
    target = target == null ? "" : target;
    note = note == null ? "" : note;
  }

  /** A figure without baseline or target. */
  public static Figure info(String section, String name, double value, String unit) {
    return new Figure(section, name, value, unit, "", Double.NaN, "", null, "");
  }

  /** value ÷ baseline, NaN without a baseline. */
  public double ratio() {
    return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
  }

  public String verdict() {
    if (met == null) {
      return "";
    }
    return met ? "met" : "MISSED";
  }
}
