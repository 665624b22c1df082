package dev.switchboard.domain.numbers;

import java.util.Optional;

/** Searches of numbers for sale that the tests of every module use: a page, a prefix, a type. */
public final class NumberSearches {

  private NumberSearches() {}

  /** Any number for sale: {@code limit} of them from {@code offset}. */
  public static NumberSearch page(int limit, int offset) {
    return of(Optional.empty(), Optional.empty(), limit, offset);
  }

  /** The first {@code limit} numbers for sale. */
  public static NumberSearch first(int limit) {
    return page(limit, 0);
  }

  /** The first number for sale of a type. */
  public static NumberSearch firstOf(NumberType type) {
    return ofType(type, 1);
  }

  /** The first {@code limit} numbers for sale of a type. */
  public static NumberSearch ofType(NumberType type, int limit) {
    return of(Optional.empty(), Optional.of(type), limit, 0);
  }

  /** Numbers for sale whose digits start so (or any, when empty). */
  public static NumberSearch startingWith(Optional<String> startsWith, int limit, int offset) {
    return of(startsWith, Optional.empty(), limit, offset);
  }

  private static NumberSearch of(
      Optional<String> startsWith, Optional<NumberType> type, int limit, int offset) {
    Optional<String> none = Optional.empty();
    return new NumberSearch(startsWith, none, none, none, none, type, none, limit, offset);
  }
}
