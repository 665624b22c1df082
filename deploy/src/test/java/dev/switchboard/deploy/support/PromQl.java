package dev.switchboard.deploy.support;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric selectors of a PromQL expression (the deployment always writes {@code name{...}}). */
public final class PromQl {

  private static final Pattern SELECTOR =
      Pattern.compile("(?<![\\w:\"])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)\\}");
  private static final Pattern BARE_METRIC =
      Pattern.compile(
          "(?<![\\w:\"$])((?:switchboard|http|jvm|process)_[a-zA-Z0-9_:]*)\\b(?!\\s*\\{)");

  private PromQl() {}

  /** The metric names an expression selects. */
  public static Set<String> metrics(String expr) {
    Set<String> names = new LinkedHashSet<>();
    Matcher selector = SELECTOR.matcher(expr);
    while (selector.find()) {
      names.add(selector.group(1));
    }
    return names;
  }

  /** The label matchers of each selector of a metric, e.g. {@code job="switchboard"}. */
  public static Set<String> matchers(String expr) {
    Set<String> matchers = new LinkedHashSet<>();
    Matcher selector = SELECTOR.matcher(expr);
    while (selector.find()) {
      matchers.add(selector.group(1) + "{" + selector.group(2) + "}");
    }
    return matchers;
  }

  /** Metric names written without a selector, which the job filter would then miss. */
  public static Set<String> bareMetrics(String expr) {
    Set<String> names = new LinkedHashSet<>();
    Matcher bare = BARE_METRIC.matcher(expr.replaceAll("\\{[^}]*\\}", "{}"));
    while (bare.find()) {
      names.add(bare.group(1));
    }
    return names;
  }
}
