package dev.switchboard.events;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Gives the Quarkus test the list-backed outbox, where the application has the database one. */
public class TestOutboxFeedProducer {

  @Produces
  @Singleton
  ListOutboxFeed outboxFeed() {
    return new ListOutboxFeed();
  }
}
