package dev.switchboard.api.consent;

import dev.switchboard.api.openapi.ApiDoc;
import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.messaging.usecase.ManageKeywords;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1/numbers/{number}/keywords}: the keywords one of our numbers answers. A family (stop,
 * start, help) the number gives its own rule replaces the account's ({@code
 * switchboard.keywords.*}); the others follow the account.
 */
@Path("/v1/numbers/{number}/keywords")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keywords", description = "The STOP/START/HELP keywords a number answers")
public class KeywordsResource {

  /** A family's rule: its words (none: the family is off) and its auto-reply (none: no reply). */
  public record RuleJson(List<String> words, String reply) {}

  /**
   * The number's keywords: its own rules ({@code own}, the families it replaces) and what it
   * answers with ({@code effective}, every family).
   */
  public record KeywordsJson(
      String number, Map<String, RuleJson> own, Map<String, RuleJson> effective) {}

  private final ManageKeywords keywords;

  KeywordsResource(ManageKeywords keywords) {
    this.keywords = keywords;
  }

  @GET
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "getKeywords",
      summary = "The keywords a number answers: its own rules and the effective ones")
  public KeywordsJson get(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number) {
    return json(keywords.get(E164Number.parse(number)));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "setKeywords",
      summary = "Give a number its own keyword rules",
      description =
          "Body: for each family to replace (stop, start, help) its words and reply, such as"
              + " {\"help\": {\"words\": [\"HELP\", \"AIDE\"], \"reply\": \"Acme: call 555\"}}."
              + " Families left out follow the account; the body replaces the number's earlier"
              + " rules whole.")
  public KeywordsJson set(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value =
                                  "{\"help\": {\"words\": [\"HELP\", \"AIDE\"], \"reply\": \"Acme: call +12065550100\"}}")))
          Map<String, RuleJson> body) {
    if (body == null) {
      throw new ValidationException(
          ProblemType.MISSING_BODY, "send a JSON object of families (stop, start, help)");
    }
    Map<Keyword, KeywordRule> own = new EnumMap<>(Keyword.class);
    body.forEach(
        (family, rule) -> {
          if (rule == null) {
            throw new ValidationException(
                ProblemType.INVALID_KEYWORDS, family + " needs words and a reply, or none");
          }
          own.put(family(family), new KeywordRule(rule.words(), rule.reply()));
        });
    return json(keywords.set(E164Number.parse(number), own));
  }

  @DELETE
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "clearKeywords",
      summary = "The number follows the account's keywords again")
  public KeywordsJson clear(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number) {
    return json(keywords.clear(E164Number.parse(number)));
  }

  private static Keyword family(String name) {
    try {
      return Keyword.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          ProblemType.INVALID_KEYWORDS, "the families are stop, start and help, not " + name);
    }
  }

  private static KeywordsJson json(ManageKeywords.View view) {
    return new KeywordsJson(
        view.number().value(), rules(view.own()), rules(view.effective().rules()));
  }

  private static Map<String, RuleJson> rules(Map<Keyword, KeywordRule> rules) {
    Map<String, RuleJson> out = new LinkedHashMap<>();
    for (Keyword family : Keyword.values()) {
      KeywordRule rule = rules.get(family);
      if (rule != null) {
        out.put(
            family.name().toLowerCase(Locale.ROOT),
            new RuleJson(List.copyOf(rule.words()), rule.reply().orElse(null)));
      }
    }
    return out;
  }
}
