package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.messaging.KeywordSettings;
import dev.switchboard.domain.messaging.port.out.NumberKeywords;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.util.Map;

/**
 * Use case: read and set the keywords one of our numbers answers: the account's, with the families
 * the number gives its own rules for replaced by them.
 */
public final class ManageKeywords {

  /** A number's own rules and the settings it answers with. */
  public record View(E164Number number, Map<Keyword, KeywordRule> own, KeywordSettings effective) {}

  private final KeywordSettings account;
  private final NumberKeywords numberKeywords;
  private final NumberInventory inventory;
  private final UnitOfWork unitOfWork;

  public ManageKeywords(
      KeywordSettings account,
      NumberKeywords numberKeywords,
      NumberInventory inventory,
      UnitOfWork unitOfWork) {
    this.account = account;
    this.numberKeywords = numberKeywords;
    this.inventory = inventory;
    this.unitOfWork = unitOfWork;
  }

  public View get(E164Number number) {
    requireOurs(number);
    return view(number, numberKeywords.of(number));
  }

  /**
   * Gives the number its own rules for the families in {@code own} (the others follow the account);
   * refused when a word would then belong to two families.
   */
  public View set(E164Number number, Map<Keyword, KeywordRule> own) {
    requireOurs(number);
    View view = view(number, own);
    unitOfWork.inTransaction(
        () -> {
          numberKeywords.save(number, own);
          return view;
        });
    return view;
  }

  /** The number follows the account's keywords again. */
  public View clear(E164Number number) {
    requireOurs(number);
    unitOfWork.inTransaction(() -> numberKeywords.remove(number));
    return view(number, Map.of());
  }

  private View view(E164Number number, Map<Keyword, KeywordRule> own) {
    return new View(number, Map.copyOf(own), account.overriddenBy(own));
  }

  private void requireOurs(E164Number number) {
    if (inventory.find(number).isEmpty()) {
      throw new NotFoundException(ProblemType.NUMBER_NOT_FOUND, number + " is not one of ours");
    }
  }
}
