package dev.switchboard.flowroute;

import dev.switchboard.flowroute.cnam.client.FlowrouteCnamApi;
import dev.switchboard.flowroute.e911.client.FlowrouteE911Api;
import dev.switchboard.flowroute.http.BasicAuthFilter;
import dev.switchboard.flowroute.http.FlowrouteConfig;
import dev.switchboard.flowroute.messaging.client.FlowrouteMessagesApi;
import dev.switchboard.flowroute.messaging.client.FlowrouteMessagesV2Api;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumbersApi;
import dev.switchboard.flowroute.numbersv1.FlowrouteNumbersV1Api;
import dev.switchboard.flowroute.numbersv1.NumbersV1SigningFilter;
import dev.switchboard.flowroute.routes.client.FlowrouteRoutesApi;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/** Builds the Flowroute REST clients from {@link FlowrouteConfig}, the one place for its URL. */
@ApplicationScoped
public class FlowrouteClientProducer {

  @Produces
  @ApplicationScoped
  FlowrouteMessagesApi messagesApi(FlowrouteConfig config) {
    return build(config, FlowrouteMessagesApi.class);
  }

  @Produces
  @ApplicationScoped
  FlowrouteMessagesV2Api messagesV2Api(FlowrouteConfig config) {
    return build(config, FlowrouteMessagesV2Api.class);
  }

  @Produces
  @ApplicationScoped
  FlowrouteNumbersApi numbersApi(FlowrouteConfig config) {
    return build(config, FlowrouteNumbersApi.class);
  }

  @Produces
  @ApplicationScoped
  FlowrouteRoutesApi routesApi(FlowrouteConfig config) {
    return build(config, FlowrouteRoutesApi.class);
  }

  @Produces
  @ApplicationScoped
  FlowrouteE911Api e911Api(FlowrouteConfig config) {
    return build(config, FlowrouteE911Api.class);
  }

  @Produces
  @ApplicationScoped
  FlowrouteCnamApi cnamApi(FlowrouteConfig config) {
    return build(config, FlowrouteCnamApi.class);
  }

  /** Numbers v1 signs each request with HMAC-SHA1 (§9.1) instead of HTTP Basic's secret. */
  @Produces
  @ApplicationScoped
  FlowrouteNumbersV1Api numbersV1Api(FlowrouteConfig config) {
    return builder(config)
        .register(
            new NumbersV1SigningFilter(config.accessKey(), config.secretKey(), Clock.systemUTC()))
        .build(FlowrouteNumbersV1Api.class);
  }

  void close(@Disposes FlowrouteNumbersV1Api api) throws IOException {
    closeClient(api);
  }

  void close(@Disposes FlowrouteMessagesApi api) throws IOException {
    closeClient(api);
  }

  void close(@Disposes FlowrouteMessagesV2Api api) throws IOException {
    closeClient(api);
  }

  void close(@Disposes FlowrouteNumbersApi api) throws IOException {
    closeClient(api);
  }

  void close(@Disposes FlowrouteRoutesApi api) throws IOException {
    closeClient(api);
  }

  void close(@Disposes FlowrouteE911Api api) throws IOException {
    closeClient(api);
  }

  void close(@Disposes FlowrouteCnamApi api) throws IOException {
    closeClient(api);
  }

  private static <T> T build(FlowrouteConfig config, Class<T> api) {
    return builder(config)
        .register(new BasicAuthFilter(config.accessKey(), config.secretKey()))
        .build(api);
  }

  private static QuarkusRestClientBuilder builder(FlowrouteConfig config) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(config.baseUrl())
        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        // Every status comes back as a Response: FlowrouteErrors and FlowrouteNumberErrors map
        // them.
        .disableDefaultMapper(true)
        .followRedirects(false);
  }

  private static void closeClient(Object api) throws IOException {
    if (api instanceof Closeable closeable) {
      closeable.close();
    }
  }
}
