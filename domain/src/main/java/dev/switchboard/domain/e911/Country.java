package dev.switchboard.domain.e911;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The two countries Flowroute's E911 serves, with their regions and postal code rules. */
public enum Country {
  US(
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP"),
      Pattern.compile("\\d{5}"),
      "a five-digit ZIP code such as 98101"),
  CA(
      Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"),
      Pattern.compile("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d"),
      "a postal code such as M4C 5K7");

  private final Set<String> regions;
  private final Pattern postalCode;
  private final String postalCodeExample;

  Country(Set<String> regions, Pattern postalCode, String postalCodeExample) {
    this.regions = regions;
    this.postalCode = postalCode;
    this.postalCodeExample = postalCodeExample;
  }

  public static Country parse(String raw) {
    if (raw != null) {
      String value = raw.strip().toUpperCase(Locale.ROOT);
      if (value.equals("USA")) {
        return US; // seen on old records
      }
      for (Country country : values()) {
        if (country.name().equals(value)) {
          return country;
        }
      }
    }
    throw new ValidationException(
        ProblemType.INVALID_COUNTRY, "country must be US or CA, got " + raw);
  }

  /** The two-letter state, province or territory, upper-cased, if it belongs to this country. */
  public String requireRegion(String raw) {
    String region = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    if (!regions.contains(region)) {
      throw new ValidationException(
          ProblemType.INVALID_STATE,
          "'" + raw + "' is not a " + (this == US ? "US state" : "Canadian province or territory"));
    }
    return region;
  }

  /** The postal code, upper-cased, if it has this country's form. */
  public String requirePostalCode(String raw) {
    String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    if (!postalCode.matcher(code).matches()) {
      throw new ValidationException(
          ProblemType.INVALID_POSTAL_CODE, "'" + raw + "' is not " + postalCodeExample);
    }
    return code;
  }
}
