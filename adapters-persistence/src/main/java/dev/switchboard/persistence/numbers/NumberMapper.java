package dev.switchboard.persistence.numbers;

import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Maps numbers between the domain record and the {@code numbers} row. */
@ApplicationScoped
public class NumberMapper {

  private final CallbacksJson callbacks;

  public NumberMapper(CallbacksJson callbacks) {
    this.callbacks = callbacks;
  }

  public OwnedNumber toDomain(NumberEntity row) {
    return new OwnedNumber(
        new E164Number(row.number),
        NumberType.valueOf(row.numberType),
        row.alias,
        row.cnamLookupsEnabled,
        row.messagingEnabled,
        row.messagingSource == null ? null : MessagingSource.valueOf(row.messagingSource),
        row.rateCenter,
        row.state,
        Optional.ofNullable(row.primaryRouteId).map(RouteId::new),
        Optional.ofNullable(row.failoverRouteId).map(RouteId::new),
        Optional.ofNullable(row.e911Id),
        Optional.ofNullable(row.cnamId),
        callbacks.read(row.callbacks));
  }

  /** Copies every field of {@code number} onto {@code row} (a new or a managed entity). */
  public NumberEntity copy(OwnedNumber number, NumberEntity row) {
    row.number = number.number().value();
    row.numberType = number.type().name();
    row.alias = number.alias();
    row.cnamLookupsEnabled = number.cnamLookupsEnabled();
    row.messagingEnabled = number.messagingEnabled();
    row.messagingSource = number.messagingSource().name();
    row.rateCenter = number.rateCenter();
    row.state = number.state();
    row.primaryRouteId = number.primaryRoute().map(RouteId::value).orElse(null);
    row.failoverRouteId = number.failoverRoute().map(RouteId::value).orElse(null);
    row.e911Id = number.e911Id().orElse(null);
    row.cnamId = number.cnamId().orElse(null);
    row.callbacks = callbacks.write(number.callbacks());
    return row;
  }
}
