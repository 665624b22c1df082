package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/**
 * How a text travels as SMS: its encoding, its length in that encoding's units and the segments it
 * is split into. GSM-7 when every character is in the GSM 03.38 default alphabet or its extension
 * table (an extension character takes two septets, the escape and itself), else UCS-2 (a character
 * outside the Basic Multilingual Plane takes two units). One segment holds 160 septets or 70 units;
 * a longer text goes in parts of 153 septets or 67 units, and a part never splits an escape pair or
 * a surrogate pair.
 *
 * <p>Flowroute's own MDR {@code message_encoding} calls any non-ASCII text UCS-2 and documents 140
 * ASCII characters per part (reference §6.7, [DOCS message-length-concatenation]); the reference's
 * uncertainty register (§13 U23) notes that the GSM norm is 153, which is what handsets and
 * carriers count, so that is what we count.
 *
 * @param units septets (GSM-7) or UTF-16 code units (UCS-2)
 * @param segments SMS segments the text needs; 0 for no text
 */
public record BodyEncoding(TextEncoding encoding, int units, int segments) {

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

  /** The encoding, length and segments of {@code text}; null or empty is GSM-7 with nothing. */
  public static BodyEncoding of(String text) {
    if (text == null || text.isEmpty()) {
      return new BodyEncoding(TextEncoding.GSM_7, 0, 0);
    }
    int[] widths = gsmWidths(text);
    TextEncoding encoding = widths == null ? TextEncoding.UCS_2 : TextEncoding.GSM_7;
    if (widths == null) {
      widths = utf16Widths(text);
    }
    int units = 0;
    for (int w : widths) {
      units += w;
    }
    return new BodyEncoding(encoding, units, segments(widths, units, encoding));
  }

  /** Whether the text is too long to send, in its encoding (see {@link TextEncoding#maxUnits}). */
  public boolean tooLong() {
    return units > encoding.maxUnits();
  }

  /** This encoding, or {@code body-too-long} naming the limit of the text's encoding. */
  public BodyEncoding requireWithinLimit(String what) {
    if (tooLong()) {
      throw new ValidationException(
          ProblemType.BODY_TOO_LONG,
          what
              + " in "
              + label()
              + " may have at most "
              + encoding.maxUnits()
              + (encoding == TextEncoding.GSM_7 ? " septets" : " UTF-16 units")
              + ", this one has "
              + units);
    }
    return this;
  }

  /** The encoding's usual name, GSM-7 or UCS-2. */
  public String label() {
    return encoding == TextEncoding.GSM_7 ? "GSM-7" : "UCS-2";
  }

  /** Septets per character (1 or 2), one entry per char; null when a char is not GSM-7. */
  private static int[] gsmWidths(String text) {
    int[] widths = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) >= 0) {
        widths[i] = 1;
      } else if (GSM_EXTENSION.indexOf(c) >= 0) {
        widths[i] = 2;
      } else {
        return null;
      }
    }
    return widths;
  }

  /** Units per character: 1, or 2 for a surrogate pair (kept together as one entry). */
  private static int[] utf16Widths(String text) {
    return text.codePoints().map(Character::charCount).toArray();
  }

  /** Fills parts greedily, never splitting one character's units across two parts. */
  private static int segments(int[] widths, int units, TextEncoding encoding) {
    if (units <= encoding.singleSegmentUnits()) {
      return 1;
    }
    int parts = 1;
    int used = 0;
    for (int w : widths) {
      if (used + w > encoding.unitsPerPart()) {
        parts++;
        used = 0;
      }
      used += w;
    }
    return parts;
  }
}
