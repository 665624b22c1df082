package dev.switchboard.flowroute.messaging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.eclipse.microprofile.config.spi.Converter;

/** Which version of Flowroute's Messages API this deployment speaks. */
@ConfigMapping(prefix = "switchboard.flowroute")
public interface MessagingApiConfig {

  /** {@code v2.1} (the default: SMS and MMS, receipts) or {@code v2} (legacy, SMS only). */
  @WithName("messaging-api")
  @WithDefault("v2.1")
  @WithConverter(MessagingApi.Reader.class)
  MessagingApi messagingApi();

  /** The Messages API versions an account can be on. */
  enum MessagingApi {
    V2_1("v2.1"),
    V2("v2");

    private final String version;

    MessagingApi(String version) {
      this.version = version;
    }

    /** As written in the setting and in Flowroute's paths. */
    public String version() {
      return version;
    }

    /** Reads {@code v2.1} or {@code v2}; anything else stops the start with the choices. */
    public static final class Reader implements Converter<MessagingApi> {
      @Override
      public MessagingApi convert(String value) {
        for (MessagingApi api : values()) {
          if (api.version.equalsIgnoreCase(value.strip())) {
            return api;
          }
        }
        throw new IllegalArgumentException(
            "switchboard.flowroute.messaging-api must be v2.1 or v2, not " + value);
      }
    }
  }
}
