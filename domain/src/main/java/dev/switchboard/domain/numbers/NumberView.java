package dev.switchboard.domain.numbers;

import dev.switchboard.domain.routes.Route;
import java.util.Optional;

/** A number with its routes resolved, as operators read it. */
public record NumberView(
    OwnedNumber number, Optional<Route> primaryRoute, Optional<Route> failoverRoute) {}
