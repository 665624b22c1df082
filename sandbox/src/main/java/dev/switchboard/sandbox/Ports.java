package dev.switchboard.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port is free before anything starts, to fail fast with a useful message. */
final class Ports {

  private Ports() {}

  static void requireFree(int port, String service, String setting) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port "
              + port
              + " for "
              + service
              + " is already in use. Stop what uses it or choose another port with "
              + setting
              + "=<port> (environment variable or -D property).");
    }
  }
}
