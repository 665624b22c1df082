package dev.switchboard.deploy.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the keys of the {@code @ConfigMapping} interfaces and the {@code @ConfigProperty}
 * injections in a Java source file, without compiling it (the deploy module depends on no other
 * module). Handles what the application uses: nested group interfaces, {@code @WithDefault},
 * {@code @WithName}, {@code Optional} members and default methods.
 */
public final class ConfigMappingScanner {

  private static final Pattern MAPPING =
      Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"[^)]*\\)");
  private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
  private static final Pattern MEMBER =
      Pattern.compile(
          "((?:@[\\w.]+(?:\\s*\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))?\\s*)*)"
              + "([\\w.]+(?:\\s*<[^;(){}]*>)?(?:\\[\\])?)\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");
  private static final Pattern WITH_DEFAULT =
      Pattern.compile("@WithDefault\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
  private static final Pattern WITH_NAME =
      Pattern.compile("@WithName\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile(
          "@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*\\)");

  private ConfigMappingScanner() {}

  /** Every key a source file declares. */
  public static List<Setting> scan(String source) {
    String code = JavaSource.withoutComments(source);
    List<Setting> settings = new ArrayList<>();
    Matcher mapping = MAPPING.matcher(code);
    while (mapping.find()) {
      Matcher declaration = INTERFACE.matcher(code);
      if (!declaration.find(mapping.end())) {
        throw new IllegalArgumentException("@ConfigMapping without an interface");
      }
      int open = declaration.end() - 1;
      String body = code.substring(open + 1, JavaSource.matchingBrace(code, open) - 1);
      members(mapping.group(1), body, settings);
    }
    Matcher property = CONFIG_PROPERTY.matcher(code);
    while (property.find()) {
      Optional<String> defaultValue = Optional.ofNullable(property.group(2));
      settings.add(new Setting(property.group(1), defaultValue, defaultValue.isEmpty(), false));
    }
    return settings;
  }

  private static void members(String prefix, String body, List<Setting> settings) {
    Map<String, String> groups = new HashMap<>();
    StringBuilder flat = new StringBuilder();
    int at = 0;
    Matcher nested = INTERFACE.matcher(body);
    while (nested.find(at)) {
      int open = nested.end() - 1;
      int close = JavaSource.matchingBrace(body, open);
      groups.put(nested.group(1), body.substring(open + 1, close - 1));
      flat.append(body, at, nested.start());
      at = close;
    }
    flat.append(body.substring(at));
    String own = withoutBlocks(flat.toString());

    Matcher member = MEMBER.matcher(own);
    while (member.find()) {
      String annotations = member.group(1);
      String type = member.group(2).replaceAll("\\s", "");
      Matcher withName = WITH_NAME.matcher(annotations);
      String name = withName.find() ? withName.group(1) : kebab(member.group(3));
      String key = prefix + "." + name;
      boolean optional = type.startsWith("Optional");
      String valueType = optional && type.contains("<") ? between(type) : type;
      if (groups.containsKey(valueType)) {
        members(key, groups.get(valueType), settings);
        continue;
      }
      Matcher withDefault = WITH_DEFAULT.matcher(annotations);
      Optional<String> defaultValue =
          withDefault.find() ? Optional.of(withDefault.group(1)) : Optional.empty();
      boolean secret = valueType.equals("Secret") || Setting.credentialName(key);
      settings.add(new Setting(key, defaultValue, !optional && defaultValue.isEmpty(), secret));
    }
  }

  /** The text without default methods: each block goes with the declaration before it. */
  private static String withoutBlocks(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        out.append(text.substring(i));
        break;
      }
      out.append(text, i, open);
      out.setLength(out.lastIndexOf(";") + 1);
      i = JavaSource.matchingBrace(text, open);
    }
    return out.toString();
  }

  private static String between(String type) {
    return type.substring(type.indexOf('<') + 1, type.lastIndexOf('>'));
  }

  /** SmallRye's default naming: {@code smsPerSecond} becomes {@code sms-per-second}. */
  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
