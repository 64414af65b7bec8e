package io.ohmvision.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that picks the vendor's DataSource from the JDBC URL, so that H2 or PostgreSQL is chosen by
 * configuration alone (OHMVISION_DB_URL), with no rebuild and no separate driver setting. Payara pools it like any
 * other DataSource and sets url, user and password through the setters.
 */
public class DatabaseUrlDataSource implements DataSource {

    private static final Map<String, String> DATA_SOURCE_BY_URL_PREFIX = Map.of(
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource",
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;

    public void setUrl(String url) {
        this.url = url;
        target = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        target = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        target = null;
    }

    public String getPassword() {
        return password;
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            current = createTarget();
            target = current;
        }
        return current;
    }

    private DataSource createTarget() throws SQLException {
        String className = DATA_SOURCE_BY_URL_PREFIX.entrySet().stream()
                .filter(e -> url != null && url.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new SQLException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): "
                        + url));
        try {
            Class<?> type = Class.forName(className, true, getClass().getClassLoader());
            DataSource dataSource = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setUrl", String.class).invoke(dataSource, url);
            type.getMethod("setUser", String.class).invoke(dataSource, user);
            type.getMethod("setPassword", String.class).invoke(dataSource, password);
            return dataSource;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot create " + className + " for " + url, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(DatabaseUrlDataSource.class.getPackageName());
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
