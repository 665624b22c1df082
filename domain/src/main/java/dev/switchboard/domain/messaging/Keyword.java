package dev.switchboard.domain.messaging;

/** The keyword families a phone texts to our numbers, and what each one does. */
public enum Keyword {
  /** Opts the phone out of the number it texted. */
  STOP,
  /** Opts the phone back in to the number it texted. */
  START,
  /** Asks for help: only answered, if a reply is configured. */
  HELP
}
