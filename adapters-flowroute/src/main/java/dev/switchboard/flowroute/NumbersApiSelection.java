package dev.switchboard.flowroute;

import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.flowroute.cnam.client.FlowrouteCnamProvider;
import dev.switchboard.flowroute.e911.client.FlowrouteE911Provider;
import dev.switchboard.flowroute.http.FlowrouteConfig;
import dev.switchboard.flowroute.http.FlowrouteConfig.NumbersApi;
import dev.switchboard.flowroute.numbers.client.FlowrouteCatalogue;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberProvider;
import dev.switchboard.flowroute.numbersv1.NumbersV1Catalogue;
import dev.switchboard.flowroute.numbersv1.NumbersV1CnamProvider;
import dev.switchboard.flowroute.numbersv1.NumbersV1E911Provider;
import dev.switchboard.flowroute.numbersv1.NumbersV1NumberProvider;
import dev.switchboard.flowroute.numbersv1.NumbersV1RouteProvider;
import dev.switchboard.flowroute.routes.client.FlowrouteRouteProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/**
 * Gives the domain's carrier ports the adapters of the Numbers API the deployment speaks ({@code
 * switchboard.flowroute.numbers-api}, read at start): v2, or the legacy v1, whose E911 and CNAM
 * ports refuse. The adapter classes are typed to themselves, so these are the ports' only beans.
 */
@ApplicationScoped
public class NumbersApiSelection {

  private final boolean v1;

  NumbersApiSelection(FlowrouteConfig config) {
    this.v1 = config.numbersApi() == NumbersApi.V1;
  }

  @Produces
  @ApplicationScoped
  NumberCatalogue catalogue(Instance<FlowrouteCatalogue> v2, Instance<NumbersV1Catalogue> legacy) {
    return v1 ? legacy.get() : v2.get();
  }

  @Produces
  @ApplicationScoped
  NumberProvider numbers(
      Instance<FlowrouteNumberProvider> v2, Instance<NumbersV1NumberProvider> legacy) {
    return v1 ? legacy.get() : v2.get();
  }

  @Produces
  @ApplicationScoped
  RouteProvider routes(
      Instance<FlowrouteRouteProvider> v2, Instance<NumbersV1RouteProvider> legacy) {
    return v1 ? legacy.get() : v2.get();
  }

  @Produces
  @ApplicationScoped
  E911Provider e911(Instance<FlowrouteE911Provider> v2, Instance<NumbersV1E911Provider> legacy) {
    return v1 ? legacy.get() : v2.get();
  }

  @Produces
  @ApplicationScoped
  CnamProvider cnam(Instance<FlowrouteCnamProvider> v2, Instance<NumbersV1CnamProvider> legacy) {
    return v1 ? legacy.get() : v2.get();
  }
}
