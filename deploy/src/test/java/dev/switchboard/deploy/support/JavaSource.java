package dev.switchboard.deploy.support;

/** Java source text with its comments blanked out, string literals kept intact. */
public final class JavaSource {

  private JavaSource() {}

  /** The source with every comment replaced by spaces (so that "//" inside strings survives). */
  public static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(source, i, c);
        out.append(source, i, end);
        i = end;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        out.append(" ".repeat(end - i));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int endOfLiteral(String source, int start, char quote) {
    if (quote == '"' && source.startsWith("\"\"\"", start)) {
      int end = source.indexOf("\"\"\"", start + 3);
      return end < 0 ? source.length() : end + 3;
    }
    int i = start + 1;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return source.length();
  }

  /** The index just past the brace that closes the one at {@code open}. */
  public static int matchingBrace(String source, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(source, i, c) - 1;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    throw new IllegalArgumentException("unbalanced braces");
  }
}
