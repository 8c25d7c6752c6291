package io.herald.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops a table's foreign keys by the names the database gave them, which PostgreSQL and H2 choose
 * differently; H2 drops the index it made for a key along with the key.
 */
final class ForeignKeys {

    private ForeignKeys() {
    }

    static void drop(Context context, String table) throws SQLException {
        String schema = context.getConfiguration().getSchemas()[0];
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            for (String constraint : of(connection, schema, table)) {
                sql.execute("ALTER TABLE " + schema + "." + table + " DROP CONSTRAINT \"" + constraint + "\"");
            }
        }
    }

    private static Set<String> of(Connection connection, String schema, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet keys = connection.getMetaData().getImportedKeys(connection.getCatalog(), schema, table)) {
            while (keys.next()) {
                names.add(keys.getString("FK_NAME"));
            }
        }
        return names;
    }
}
