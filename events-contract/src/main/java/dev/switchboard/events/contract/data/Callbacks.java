package dev.switchboard.events.contract.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;

/** A number's webhook URLs by kind; a kind that is not set is null here and absent on the wire. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Callbacks(
    @JsonProperty("SMS") URI sms,
    @JsonProperty("MMS") URI mms,
    @JsonProperty("SMS_DLR") URI smsDlr,
    @JsonProperty("MMS_DLR") URI mmsDlr) {}
