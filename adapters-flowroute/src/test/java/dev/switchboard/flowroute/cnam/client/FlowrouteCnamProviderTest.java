package dev.switchboard.flowroute.cnam.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.UpstreamException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paging, retries and answers of the Flowroute CNAM adapter. */
class FlowrouteCnamProviderTest {

  private static final E164Number NUMBER = new E164Number("+12065551234");

  private final FakeCnamApi flowroute = new FakeCnamApi();
  private final List<Duration> waits = new ArrayList<>();
  private final FlowrouteCnamProvider provider = new FlowrouteCnamProvider(flowroute, waits::add);

  @Test
  void creates_a_pending_record_with_one_post_of_a_flat_value() {
    flowroute.script.answer(201, "{\"data\":%s}".formatted(CnamWireFormatTest.PENDING));

    CnamRecord created = provider.create(new CallerName("FR H5K8"));

    assertThat(created.status()).isEqualTo(CnamStatus.PENDING);
    assertThat(flowroute.script.calls).containsExactly("POST /v2/cnams");
    assertThat(flowroute.script.bodies).containsExactly("{\"value\":\"FR H5K8\"}");
  }

  @Test
  void never_repeats_a_create_even_when_flowroute_is_briefly_down() {
    flowroute.script.answer(502).answer(201, "{}");

    assertThatThrownBy(() -> provider.create(new CallerName("ACME")))
        .isInstanceOfSatisfying(
            UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    assertThat(flowroute.script.calls).hasSize(1);
  }

  @Test
  void assigns_on_the_plural_path_and_accepts_the_202_with_an_integer_id() {
    flowroute.script.answer(503).answer(202, CnamWireFormatTest.ASSIGNED);

    provider.assign(NUMBER, "17604");

    assertThat(flowroute.script.calls)
        .containsOnly("PATCH /v2/numbers/12065551234/relationships/cnams/17604")
        .hasSize(2);
  }

  @Test
  void unassigns_and_accepts_the_202_with_a_null_id() {
    flowroute.script.answer(202, CnamWireFormatTest.UNASSIGNED);

    provider.unassign(NUMBER);

    assertThat(flowroute.script.calls)
        .containsExactly("DELETE /v2/numbers/12065551234/relationships/cnams");
  }

  @Test
  void lists_every_record_200_a_page() {
    flowroute
        .script
        .answer(
            200,
            "{\"data\":[%s],\"links\":{\"next\":\"https://api.flowroute.com/v2/cnams?limit=200&offset=200\"}}"
                .formatted(CnamWireFormatTest.PENDING))
        .answer(200, "{\"data\":[%s]}".formatted(CnamWireFormatTest.OLD));

    assertThat(provider.all()).extracting(CnamRecord::id).containsExactly("23454", "17604");
    assertThat(flowroute.script.calls)
        .containsExactly("GET /v2/cnams?limit=200&offset=0", "GET /v2/cnams?limit=200&offset=200");
  }

  @Test
  void a_refused_delete_of_a_record_in_use_is_a_conflict() {
    flowroute.script.answer(
        403, "{\"errors\":[{\"detail\":\"CNAM record is in use by numbers.\",\"status\":403}]}");

    assertThatThrownBy(() -> provider.delete("17604"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("caller-name-in-use"));
  }
}
