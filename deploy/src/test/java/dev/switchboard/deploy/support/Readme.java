package dev.switchboard.deploy.support;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What deploy/README.md documents. */
public final class Readme {

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private Readme() {}

  public static String text() {
    return Repo.read(Repo.README);
  }

  /** The text of a section, from its heading to the next heading of the same or higher level. */
  public static String section(String markdown, String heading) {
    Matcher start =
        Pattern.compile("(?m)^(#+) " + Pattern.quote(heading) + "\\s*$").matcher(markdown);
    if (!start.find()) {
      throw new AssertionError("README has no section \"" + heading + "\"");
    }
    int level = start.group(1).length();
    Matcher next = Pattern.compile("(?m)^#{1," + level + "} ").matcher(markdown);
    int end = next.find(start.end()) ? next.start() : markdown.length();
    return markdown.substring(start.end(), end);
  }

  /** The metric names a section lists in backticks. */
  public static Set<String> metricNames(String section) {
    Set<String> names = new LinkedHashSet<>();
    Matcher code = CODE.matcher(section);
    while (code.find()) {
      String word = code.group(1);
      int brace = word.indexOf('{');
      String name = brace < 0 ? word : word.substring(0, brace);
      if (name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
        names.add(name);
      }
    }
    return names;
  }

  /** The {@code kubectl create secret} commands of the guide, one string each (lines joined). */
  public static Set<String> secretCommands(String markdown) {
    Set<String> commands = new LinkedHashSet<>();
    String joined = markdown.replaceAll("\\\\\\n\\s*", " ");
    Matcher command = Pattern.compile("kubectl[^\\n]*create secret [^\\n]*").matcher(joined);
    while (command.find()) {
      commands.add(command.group());
    }
    return commands;
  }
}
