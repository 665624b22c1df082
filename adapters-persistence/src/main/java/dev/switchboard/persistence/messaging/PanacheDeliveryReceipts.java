package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.port.out.DeliveryReceipts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Delivery receipts in PostgreSQL, serialised per Flowroute id by transaction advisory locks. */
@ApplicationScoped
@ActivateRequestContext
public class PanacheDeliveryReceipts implements DeliveryReceipts {

  /**
   * The first key of the two-key advisory locks on Flowroute ids. The two-key space never meets the
   * one-key space, and other lock users pick other namespaces.
   */
  static final int LOCK_NAMESPACE = 0x53420001;

  private final EntityManager em;

  public PanacheDeliveryReceipts(EntityManager em) {
    this.em = em;
  }

  @Override
  public void lock(String flowrouteId) {
    // Wrapped in a count: pg_advisory_xact_lock returns void, which has no JDBC type.
    em.createNativeQuery(
            "SELECT count(*) FROM pg_advisory_xact_lock(:namespace, hashtext(:flowrouteId))")
        .setParameter("namespace", LOCK_NAMESPACE)
        .setParameter("flowrouteId", flowrouteId)
        .getSingleResult();
  }

  @Override
  public void add(DeliveryReceipt receipt, Optional<MessageId> message) {
    DeliveryReceiptEntity row = new DeliveryReceiptEntity();
    row.flowrouteId = receipt.flowrouteId();
    row.messageId = message.map(MessageId::value).orElse(null);
    row.level = receipt.level();
    row.status = receipt.status();
    row.statusCode = receipt.statusCode();
    row.description = receipt.description();
    row.reportedAt = receipt.timestamp();
    row.persist();
    // Inserted at once (its id is an identity); nothing is left to write from this copy.
    em.detach(row);
  }

  @Override
  public List<DeliveryReceipt> unmatched(String flowrouteId) {
    return DeliveryReceiptEntity.<DeliveryReceiptEntity>list(
            "flowrouteId = ?1 and messageId is null order by id", flowrouteId)
        .stream()
        .map(this::toDomain)
        .toList();
  }

  @Override
  public void match(String flowrouteId, MessageId message) {
    DeliveryReceiptEntity.update(
        "messageId = ?1 where flowrouteId = ?2 and messageId is null",
        message.value(),
        flowrouteId);
  }

  @Override
  public List<DeliveryReceipt> of(MessageId message) {
    return DeliveryReceiptEntity.<DeliveryReceiptEntity>list(
            "messageId = ?1 order by id", message.value())
        .stream()
        .map(this::toDomain)
        .toList();
  }

  /** Maps and detaches, so that {@link #match}'s bulk update never meets a stale copy. */
  private DeliveryReceipt toDomain(DeliveryReceiptEntity row) {
    em.detach(row);
    return new DeliveryReceipt(
        row.flowrouteId, row.level, row.status, row.statusCode, row.description, row.reportedAt);
  }
}
