package dev.switchboard.persistence.e911;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of the {@code e911_addresses} table: one emergency address registered at Flowroute. */
@Entity
@Table(name = "e911_addresses")
public class E911AddressEntity extends PanacheEntityBase {

  /** Flowroute's id, digits only. */
  @Id
  @Column(length = 18)
  public String id;

  @Column(nullable = false, length = 64)
  public String label;

  @Column(name = "first_name", nullable = false, length = 64)
  public String firstName;

  @Column(name = "last_name", nullable = false, length = 64)
  public String lastName;

  @Column(name = "street_number", nullable = false, length = 64)
  public String streetNumber;

  @Column(name = "street_name", nullable = false, length = 64)
  public String streetName;

  /** The {@code AddressType} name ({@code SUITE}), or null when the address has no unit. */
  @Column(name = "address_type", length = 16)
  public String addressType;

  @Column(name = "address_type_number", length = 64)
  public String addressTypeNumber;

  @Column(nullable = false, length = 64)
  public String city;

  /** Upper-cased two-letter state, province or territory. */
  @Column(nullable = false, length = 2)
  public String state;

  /** {@code US} or {@code CA}. */
  @Column(nullable = false, length = 2)
  public String country;

  @Column(nullable = false, length = 16)
  public String zip;

  /** Set by the database on every write; the domain does not carry it. */
  @Column(name = "updated_at", nullable = false, insertable = false, updatable = false)
  public Instant updatedAt;
}
