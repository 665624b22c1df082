package dev.switchboard.domain.messaging.port.out;

/** The in-memory media storage the use-case tests use keeps the storage contract. */
class InMemoryMediaStoreContractTest extends MediaStoreContract {

  @Override
  protected MediaStore store() {
    return new InMemoryMediaStore();
  }
}
