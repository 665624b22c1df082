package dev.switchboard.api.media;

import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.media.MediaContent;
import dev.switchboard.domain.messaging.usecase.ReadArchivedMedia;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/messages/{id}/media/{n}}: our copy of a medium of an inbound MMS, streamed. */
@Path("/v1/messages/{id}/media/{n}")
@Tag(name = "Messages", description = "Send SMS and MMS, follow their status, search the record")
public class MessageMediaResource {

  private final ReadArchivedMedia read;

  MessageMediaResource(ReadArchivedMedia read) {
    this.read = read;
  }

  @GET
  @RolesAllowed("messages:read")
  @Operation(
      operationId = "getMessageMedium",
      summary = "Our copy of one medium of an inbound MMS",
      description =
          "n is the medium's position in the message's media, from 0. Streams the copy with its"
              + " content type; 409 media-not-archived (with Retry-After) while it is still being"
              + " copied from Flowroute, 404 media-not-found for no such medium.")
  @APIResponse(
      responseCode = "200",
      description = "Our copy, with the content type it was received with",
      content =
          @Content(
              mediaType = "*/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response get(
      @Parameter(
              description = "The message's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id,
      @Parameter(
              description = "The medium's position in the message's media, from 0",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "0",
                      maximum = "9999"))
          @PathParam("n")
          String n) {
    return streamed(read.open(MessageId.parse(id), index(n)));
  }

  /**
   * Our copy as a response that streams it and closes it; shared with the console, which serves the
   * same copies behind its own login.
   */
  public static Response streamed(MediaContent content) {
    StreamingOutput body =
        out -> {
          try (content) {
            content.stream().transferTo(out);
          }
        };
    return Response.ok(body, content.contentType())
        .header("Content-Length", content.length())
        // Our copy never changes once made.
        .header("Cache-Control", "private, max-age=86400, immutable")
        // A phone chose the type: a browser must neither guess another nor run it as a page.
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .build();
  }

  /** A medium's position from its path segment. */
  public static int index(String n) {
    if (n != null && n.length() <= 4 && n.chars().allMatch(Character::isDigit) && !n.isEmpty()) {
      return Integer.parseInt(n);
    }
    throw new NotFoundException(
        ProblemType.MEDIA_NOT_FOUND, "a medium is named by its position from 0, such as 0 or 1");
  }
}
