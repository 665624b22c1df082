package dev.switchboard.flowroute.e911.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.e911.port.out.E911ProviderContract;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.UpstreamException.Kind;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paging, retries and answers of the Flowroute E911 adapter. */
class FlowrouteE911ProviderTest {

  private static final E164Number NUMBER = new E164Number("+12062011682");
  private static final PostalAddress ADDRESS = E911WireFormatTest.DOCUMENTED_ADDRESS;

  private final FakeE911Api flowroute = new FakeE911Api();
  private final List<Duration> waits = new ArrayList<>();
  private final FlowrouteE911Provider provider = new FlowrouteE911Provider(flowroute, waits::add);

  @Test
  void lists_every_address_200_a_page_following_next_links() {
    flowroute
        .script
        .answer(
            200,
            "{\"data\":[%s],\"links\":{\"next\":\"http://x/e911s?limit=200&offset=200\"}}"
                .formatted(E911WireFormatTest.E911))
        .answer(
            200, "{\"data\":[%s]}".formatted(E911WireFormatTest.E911.replace("21845", "21846")));

    List<E911Address> all = provider.all();

    assertThat(all).extracting(E911Address::id).containsExactly("21845", "21846");
    assertThat(flowroute.script.calls)
        .containsExactly("GET /v2/e911s?limit=200&offset=0", "GET /v2/e911s?limit=200&offset=200");
  }

  @Test
  void creates_with_one_post_and_reads_the_record_flowroute_returns() {
    flowroute.script.answer(201, "{\"data\":%s}".formatted(E911WireFormatTest.E911));

    E911Address created = provider.create(ADDRESS);

    assertThat(created).isEqualTo(new E911Address("21845", ADDRESS));
    assertThat(flowroute.script.calls).containsExactly("POST /v2/e911s");
  }

  @Test
  void never_repeats_a_post_even_when_flowroute_is_briefly_down() {
    flowroute.script.answer(503).answer(204);

    assertThatThrownBy(() -> provider.validate(ADDRESS))
        .isInstanceOfSatisfying(
            UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    assertThat(flowroute.script.calls).containsExactly("POST /v2/e911s/validate");
  }

  @Test
  void repeats_an_assignment_after_a_server_error() {
    flowroute.script.answer(503).answer(204);

    provider.assign(NUMBER, "21845");

    assertThat(flowroute.script.calls)
        .containsExactly(
            "PATCH /v2/numbers/12062011682/relationships/e911s/21845",
            "PATCH /v2/numbers/12062011682/relationships/e911s/21845");
    assertThat(waits).hasSize(1);
  }

  @Test
  void an_update_answered_without_a_document_reads_the_record_back() {
    flowroute.script.answer(204).answer(200, "{\"data\":%s}".formatted(E911WireFormatTest.E911));

    assertThat(provider.update("21845", E911ProviderContract.office("HQ", "Main St"), ADDRESS))
        .isEqualTo(new E911Address("21845", ADDRESS));
    assertThat(flowroute.script.calls)
        .containsExactly("PATCH /v2/e911s/21845", "GET /v2/e911s/21845");
  }

  @Test
  void lists_the_numbers_of_an_address() {
    flowroute.script.answer(200, E911WireFormatTest.NUMBERS_BY_RELATIONSHIP);

    assertThat(provider.numbersOf("21330")).containsExactly(new E164Number("+12065014377"));
    assertThat(flowroute.script.calls)
        .containsExactly("GET /v2/e911s/21330/relationships/numbers?limit=200&offset=0");
  }

  @Test
  void an_id_that_is_not_flowroutes_never_reaches_a_url() {
    assertThatThrownBy(() -> provider.get("../numbers"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("invalid-e911-id"));
    assertThat(flowroute.script.calls).isEmpty();
  }

  @Test
  void an_update_that_changes_nothing_asks_flowroute_only_for_the_record() {
    flowroute.script.answer(200, "{\"data\":%s}".formatted(E911WireFormatTest.E911));

    assertThat(provider.update("21845", ADDRESS, ADDRESS))
        .isEqualTo(new E911Address("21845", ADDRESS));
    assertThat(flowroute.script.calls).containsExactly("GET /v2/e911s/21845");
  }
}
