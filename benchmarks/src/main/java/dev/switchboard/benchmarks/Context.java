package dev.switchboard.benchmarks;

import java.nio.file.Path;

/** What every benchmark needs: the options, the report, the services and the HTTP client. */
record Context(
    Options options, Report report, Stack stack, Http http, Path workDir, long postmasterPid) {

  /** A CPU account of the API, PostgreSQL, this harness and the rest, started now. */
  CpuShare cpu(ApiJvm api) {
    return new CpuShare(api.pid(), postmasterPid).begin();
  }

  void progress(String text) {
    System.out.println("benchmarks: " + text);
  }
}
