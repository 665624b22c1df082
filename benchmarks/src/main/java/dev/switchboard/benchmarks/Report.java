package dev.switchboard.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one run with their context, rendered as a console table, as BENCHMARKS.md (a page:
 * the targets and the figures) and as a details file beside it (profiles, query plans). The short
 * hand-written summary below {@link #ANALYSIS_HEADING} in an existing BENCHMARKS.md is kept; the
 * longer lab notes live in {@code docs/benchmarks/}, which the harness never writes but for the
 * details.
 */
public final class Report {

  public static final String ANALYSIS_HEADING = "## Verdicts";

  /** Where the details of a run go when BENCHMARKS.md is written at the project's root. */
  static final String DETAILS_FILE = "docs/benchmarks/latest-run-details.md";

  private final Machine machine;
  private final String command;
  private final String date;
  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, String> details = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private String loadAtStart = "";
  private String loadAtEnd = "";
  private String subject = "";
  private double minutes = Double.NaN;
  private double peakLoad = Double.NaN;
  private String postgresSettings = "";

  public Report(Machine machine, String command, String date) {
    this.machine = machine;
    this.command = command;
    this.date = date;
  }

  public synchronized void add(Figure figure) {
    figures.add(figure);
  }

  /** A titled block of preformatted or markdown text (plans, profiles), after the tables. */
  public synchronized void detail(String title, String markdown) {
    details.merge(title, markdown, (a, b) -> a + "\n" + b);
  }

  public synchronized void note(String text) {
    notes.add(text);
  }

  public void loadAverages(String start, String end) {
    this.loadAtStart = start;
    this.loadAtEnd = end;
  }

  /** What was measured, e.g. the API commit. */
  public void subject(String text) {
    this.subject = text;
  }

  /** PostgreSQL settings given on the command line, on top of the sandbox's durable defaults. */
  public void postgresSettings(Map<String, String> settings) {
    this.postgresSettings =
        settings.entrySet().stream()
            .map(e -> e.getKey() + " = " + e.getValue())
            .collect(Collectors.joining(", "));
  }

  /** The highest 1-minute load average sampled during the run. */
  public void peakLoad(double value) {
    this.peakLoad = value;
  }

  public void minutes(double value) {
    this.minutes = value;
  }

  public synchronized List<Figure> figures() {
    return List.copyOf(figures);
  }

  /** A plain-text table for the console. */
  public synchronized String table() {
    StringBuilder out = new StringBuilder();
    String format = "%-12s %-52s %14s %-22s %14s %8s %-8s%n";
    out.append(
        String.format(
            Locale.ROOT, format, "section", "figure", "value", "baseline", "", "ratio", "target"));
    for (Figure f : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              format,
              f.section(),
              clip(f.name(), 52),
              number(f.value()) + " " + f.unit(),
              clip(f.baselineName(), 22),
              Double.isNaN(f.baseline()) ? "" : number(f.baseline()),
              ratio(f.ratio()),
              f.verdict()));
    }
    return out.toString();
  }

  /** BENCHMARKS.md, keeping {@code previous}'s hand-written summary if any. */
  public synchronized String markdown(String previous) {
    return markdown(previous, null);
  }

  /**
   * BENCHMARKS.md, keeping {@code previous}'s hand-written summary if any.
   *
   * @param detailsLink the details file relative to this one, or null when there are none
   */
  synchronized String markdown(String previous, String detailsLink) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append(
        "Written by `./run-benchmarks.sh` (module `benchmarks`); everything above the verdicts"
            + " is regenerated on every run. Each figure is measured beside its baseline in the"
            + " same run and reported as a ratio, because the machine is shared and absolute"
            + " numbers drift. The lab notes (how the figures moved, what was changed and why,"
            + " what bounds the targets still missed) are in"
            + " [docs/benchmarks/analysis.md](docs/benchmarks/analysis.md).\n\n");
    md.append("| | |\n|---|---|\n");
    md.append(row("Date", date));
    md.append(row("Command", "`" + command + "`"));
    if (!subject.isEmpty()) {
      md.append(row("Measured", subject));
    }
    md.append(row("Machine", machine.cores() + " cores, " + machine.cpuModel()));
    md.append(
        row("Memory", String.format(Locale.ROOT, "%.1f GiB", machine.memoryBytes() / 1.0737e9)));
    md.append(row("JVM, OS", machine.jvm() + ", " + machine.os()));
    md.append(row("Harness garbage collector", harnessCollector()));
    md.append(
        row(
            "PostgreSQL",
            "durable (fsync, synchronous_commit, full_page_writes on)"
                + (postgresSettings.isEmpty() ? "" : "; " + postgresSettings)));
    md.append(row("Load average (1/5/15 min) at start", loadAtStart));
    md.append(row("Load average (1/5/15 min) at end", loadAtEnd));
    if (!Double.isNaN(peakLoad)) {
      md.append(
          row("Highest 1-min load average during the run (sampled every 5 s)", number(peakLoad)));
    }
    if (!Double.isNaN(minutes)) {
      md.append(row("Suite duration", String.format(Locale.ROOT, "%.1f min", minutes)));
    }
    md.append('\n');
    md.append(targetsTable());
    String section = null;
    for (Figure f : figures) {
      if (!f.section().equals(section)) {
        section = f.section();
        md.append("\n## ").append(section).append("\n\n");
        md.append("| Figure | Value | Baseline (same run) | Ratio | Target | Verdict |\n");
        md.append("|---|---:|---|---:|---|---|\n");
      }
      md.append("| ")
          .append(escape(f.name()))
          .append(" | ")
          .append(number(f.value()))
          .append(' ')
          .append(f.unit())
          .append(" | ")
          .append(
              f.baselineName().isEmpty()
                  ? ""
                  : escape(f.baselineName()) + ": " + number(f.baseline()) + " " + f.unit())
          .append(" | ")
          .append(ratio(f.ratio()))
          .append(" | ")
          .append(escape(f.target()))
          .append(" | ")
          .append(f.verdict())
          .append(f.note().isEmpty() ? "" : (f.verdict().isEmpty() ? "" : ": ") + escape(f.note()))
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes on this run\n\n");
      for (String note : notes) {
        md.append("- ").append(note).append('\n');
      }
    }
    if (detailsLink != null && !details.isEmpty()) {
      md.append("\n## Details of this run\n\n");
      for (String title : details.keySet()) {
        md.append("- [")
            .append(title)
            .append("](")
            .append(detailsLink)
            .append('#')
            .append(anchor(title))
            .append(")\n");
      }
    }
    md.append('\n').append(keptAnalysis(previous));
    return md.toString();
  }

  /** The run's long blocks (profiles, query plans), a page of their own. */
  synchronized String detailsMarkdown() {
    StringBuilder md = new StringBuilder("# Benchmarks: details of the latest run\n\n");
    md.append("Written by `./run-benchmarks.sh` with BENCHMARKS.md (").append(date).append(").\n");
    for (Map.Entry<String, String> detail : details.entrySet()) {
      md.append("\n## ").append(detail.getKey()).append("\n\n").append(detail.getValue());
      if (!detail.getValue().endsWith("\n")) {
        md.append('\n');
      }
    }
    return md.toString();
  }

  /** GitHub's anchor of a heading: lower case, spaces to dashes, punctuation dropped. */
  static String anchor(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  /**
   * Where the details of {@code file} go: {@value #DETAILS_FILE} beside a BENCHMARKS.md, else a
   * sibling named after it ({@code run.md} gets {@code run-details.md}).
   */
  static Path detailsFile(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    if (name.equals("BENCHMARKS.md")) {
      return parent.resolve(DETAILS_FILE);
    }
    return parent.resolve(name.replaceFirst("(\\.md)?$", "-details.md"));
  }

  /** Writes BENCHMARKS.md and its details file, keeping the summary of the file already there. */
  public void write(Path file) throws IOException {
    String previous = Files.exists(file) ? Files.readString(file) : "";
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path detailsFile = detailsFile(file);
    String link = null;
    synchronized (this) {
      if (!details.isEmpty()) {
        Files.createDirectories(detailsFile.getParent());
        Files.writeString(detailsFile, detailsMarkdown());
        link = parent.relativize(detailsFile).toString().replace('\\', '/');
      }
    }
    Files.writeString(file, markdown(previous, link));
  }

  private String targetsTable() {
    // A figure with a target in words but no threshold is listed too, without a verdict.
    List<Figure> targeted =
        figures.stream().filter(f -> f.met() != null || !f.target().isEmpty()).toList();
    if (targeted.isEmpty()) {
      return "";
    }
    StringBuilder md =
        new StringBuilder("## Targets\n\n| Target | Figure | Measured | Verdict |\n");
    md.append("|---|---|---:|---|\n");
    for (Figure f : targeted) {
      md.append("| ")
          .append(escape(f.target()))
          .append(" | ")
          .append(escape(f.section() + ": " + f.name()))
          .append(" | ")
          .append(number(f.value()))
          .append(' ')
          .append(f.unit())
          .append(" | ")
          .append(f.met() == null ? "reported" : f.verdict())
          .append(f.note().isEmpty() ? "" : ": " + escape(f.note()))
          .append(" |\n");
    }
    return md.toString();
  }

  static String keptAnalysis(String previous) {
    int at = previous == null ? -1 : previous.indexOf(ANALYSIS_HEADING);
    if (at < 0) {
      return ANALYSIS_HEADING
          + "\n\n(Not written yet: add the reading of these figures here; the harness keeps this"
          + " section when it rewrites the file, and the longer notes go to"
          + " docs/benchmarks/analysis.md.)\n";
    }
    return previous.substring(at);
  }

  private static String row(String key, String value) {
    return "| " + key + " | " + escape(value) + " |\n";
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String ratio(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * The harness's own collector: its pauses stop the pacing, the Kafka broker and the event watcher
   * alike, so they show in every latency it measures.
   */
  private static String harnessCollector() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }
}
