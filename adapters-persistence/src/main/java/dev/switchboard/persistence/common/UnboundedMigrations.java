package dev.switchboard.persistence.common;

import io.quarkus.arc.Unremovable;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway's migrations at start-up take their connections without the read timeout: a migration may
 * legitimately run for minutes (an index built over a large table), and no caller waits for it.
 */
@Singleton
@Unremovable
public class UnboundedMigrations implements FlywayConfigurationCustomizer {

  @Override
  public void customize(FluentConfiguration configuration) {
    DataSource pooled = configuration.getDataSource();
    if (pooled != null) {
      configuration.dataSource(new Lifted(pooled));
    }
  }

  /** The pool, handing out connections whose read timeout is lifted. */
  private record Lifted(DataSource pooled) implements DataSource {

    @Override
    public Connection getConnection() throws SQLException {
      return lifted(pooled.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return lifted(pooled.getConnection(username, password));
    }

    private static Connection lifted(Connection connection) throws SQLException {
      try {
        ReadTimeout.lift(connection);
        return connection;
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return pooled.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      pooled.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      pooled.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return pooled.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return pooled.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return type.isInstance(this) ? type.cast(this) : pooled.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return type.isInstance(this) || pooled.isWrapperFor(type);
    }
  }
}
