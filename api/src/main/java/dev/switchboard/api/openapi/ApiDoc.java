package dev.switchboard.api.openapi;

/**
 * Constants the resources' OpenAPI annotations share (annotation values must be constants): the
 * formats of the values the API reads, so that each is described once.
 */
public final class ApiDoc {

  private ApiDoc() {}

  /**
   * A North American number in E.164, the form the API answers with (it also reads 10 or 11 digits
   * without the plus sign); see {@code E164Number}.
   */
  public static final String E164 = "^\\+1[2-9]\\d{2}[2-9]\\d{6}$";

  public static final String E164_EXAMPLE = "+12065550100";

  public static final String E164_DESCRIPTION =
      "A North American number in E.164 (+1 and 10 digits)";

  /** The page sizes of the cursor and offset listings (every {@code MAX_LIMIT} of the domain). */
  public static final String MAX_LIMIT = "200";

  public static final String LIMIT_DESCRIPTION = "Page size, 1 to 200 (default 50)";

  public static final String CURSOR_DESCRIPTION =
      "The nextCursor of the previous page (absent: the first page)";

  public static final String INSTANT_DESCRIPTION = "An ISO-8601 instant, e.g. 2026-01-31T12:00:00Z";

  /** The schema component of a phone number in E.164 ({@link ContractFilter} defines it). */
  public static final String PHONE_NUMBER = "PhoneNumber";

  /** The schema component of a cursor listing's page size ({@link ContractFilter} defines it). */
  public static final String PAGE_SIZE = "PageSize";

  /** The security scheme every {@code /v1} operation names, with its scopes. */
  public static final String SECURITY_SCHEME = "jwt";
}
