package dev.switchboard.persistence.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of the {@code opt_outs} table: one phone that asked one of our numbers to stop. */
@Entity
@Table(name = "opt_outs")
public class OptOutEntity extends PanacheEntityBase {

  /** The pair of numbers an opt-out is about. */
  @Embeddable
  public static class Key implements Serializable {

    @Column(name = "our_number", nullable = false, length = 16)
    public String ourNumber;

    @Column(nullable = false, length = 16)
    public String phone;

    public Key() {}

    public Key(String ourNumber, String phone) {
      this.ourNumber = ourNumber;
      this.phone = phone;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(ourNumber, key.ourNumber)
          && Objects.equals(phone, key.phone);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ourNumber, phone);
    }
  }

  @EmbeddedId public Key id;

  public String reason;

  @Column(name = "opted_out_at", nullable = false)
  public Instant optedOutAt;
}
