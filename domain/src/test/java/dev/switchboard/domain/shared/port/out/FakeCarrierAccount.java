package dev.switchboard.domain.shared.port.out;

import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.UpstreamException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the in-memory carrier fakes share, as Flowroute's account does: the numbers bought on it,
 * ids handed out in order, and whether the carrier can be reached.
 */
public final class FakeCarrierAccount implements CarrierAccount {

  private final Map<E164Number, NumberType> numbers = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private final AtomicLong lines = new AtomicLong();
  private final List<Runnable> resets = new CopyOnWriteArrayList<>();
  private volatile boolean down;

  /** Has a fake port on the account forget its state whenever the account is reset. */
  public void onReset(Runnable reset) {
    resets.add(reset);
  }

  /** A number newly bought on the account. */
  @Override
  public E164Number buy(NumberType type) {
    String prefix = type == NumberType.TOLL_FREE ? "+1833555" : "+1206555";
    E164Number number = new E164Number(prefix + String.format("%04d", lines.incrementAndGet()));
    numbers.put(number, type);
    return number;
  }

  /** The type of a number on the account, or number-not-found. */
  public NumberType typeOf(E164Number number) {
    NumberType type = numbers.get(number);
    if (type == null) {
      throw new NotFoundException(
          ProblemType.NUMBER_NOT_FOUND, "no number " + number + " on the account");
    }
    return type;
  }

  /** Puts a given number on the account, as a purchase of it does. */
  public void own(E164Number number, NumberType type) {
    numbers.put(number, type);
  }

  /** Takes a number off the account, as a release does. */
  public void give(E164Number number) {
    numbers.remove(number);
  }

  public boolean owns(E164Number number) {
    return numbers.containsKey(number);
  }

  /** Every number on the account, in number order. */
  public java.util.List<E164Number> numbers() {
    return numbers.keySet().stream()
        .sorted(java.util.Comparator.comparing(E164Number::value))
        .toList();
  }

  public String nextId() {
    return Long.toString(ids.incrementAndGet());
  }

  @Override
  public void down(boolean down) {
    setDown(down);
  }

  public void setDown(boolean down) {
    this.down = down;
  }

  /** Throws as a carrier that cannot be reached does. */
  public void call() {
    if (down) {
      throw new UpstreamException(ProblemType.FLOWROUTE_UNAVAILABLE, "the carrier is down");
    }
  }

  @Override
  public void reset() {
    numbers.clear();
    down = false;
    resets.forEach(Runnable::run);
  }
}
