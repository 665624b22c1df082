package dev.switchboard.domain.numbers;

/** Flowroute's kinds of numbers: local long codes and toll-free numbers. */
public enum NumberType {
  LOCAL,
  TOLL_FREE,
  /** Anything Flowroute reports that we do not know (for example {@code inum}). */
  OTHER
}
