package dev.switchboard.events.contract.data;

import java.net.URI;

/** One medium of an MMS, as the message events list it; null where Flowroute did not tell. */
public record Media(URI url, String mimeType, String fileName, Long sizeBytes) {}
