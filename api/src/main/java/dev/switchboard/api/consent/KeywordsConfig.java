package dev.switchboard.api.consent;

import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.messaging.KeywordSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed configuration of the account's keywords ({@code switchboard.keywords.*}): the words of each
 * family and its auto-reply (none by default: the text names the company, so it is configured). A
 * number may replace a family with its own rule ({@code /v1/numbers/{n}/keywords}).
 */
@ConfigMapping(prefix = "switchboard.keywords")
public interface KeywordsConfig {

  Stop stop();

  Start start();

  Help help();

  /** The STOP family: opts the phone out of the number it texted. */
  interface Stop {
    @WithDefault("STOP,STOPALL,UNSUBSCRIBE,CANCEL,END,QUIT,OPTOUT,REVOKE")
    List<String> words();

    Optional<String> reply();
  }

  /** The START family: opts the phone back in. */
  interface Start {
    @WithDefault("START,UNSTOP,YES,OPTIN")
    List<String> words();

    Optional<String> reply();
  }

  /** The HELP family: answered only. */
  interface Help {
    @WithDefault("HELP,INFO")
    List<String> words();

    Optional<String> reply();
  }

  /** The account's settings, checked as a number's are (a bad word stops the start). */
  default KeywordSettings settings() {
    return new KeywordSettings(
        Map.of(
            Keyword.STOP, new KeywordRule(stop().words(), stop().reply().orElse(null)),
            Keyword.START, new KeywordRule(start().words(), start().reply().orElse(null)),
            Keyword.HELP, new KeywordRule(help().words(), help().reply().orElse(null))));
  }
}
