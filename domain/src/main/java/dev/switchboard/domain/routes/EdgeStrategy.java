package dev.switchboard.domain.routes;

/** A Flowroute point of presence that calls of a route are sent from first. */
public record EdgeStrategy(
    int id, String name, String description, String naptr, String firewallRules) {}
