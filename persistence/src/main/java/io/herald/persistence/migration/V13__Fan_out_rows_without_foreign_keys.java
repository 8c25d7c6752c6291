package io.herald.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Deliveries and fan-out claims lose their foreign keys. A push to a million accounts writes a
 * million of each, and every row's key check was a trigger locking the same parent rows (the app,
 * the message, the task) for every row of the fan-out: more than half of what inserting a delivery
 * cost PostgreSQL. Nothing they point at is ever removed while they exist: apps and tasks are never
 * deleted, and retention removes a message only when no delivery refers to it. In Java because the
 * constraints' names are the database's own (PostgreSQL and H2 name them differently).
 */
public class V13__Fan_out_rows_without_foreign_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        String schema = context.getConfiguration().getSchemas()[0];
        Connection connection = context.getConnection();
        for (String table : new String[] {"delivery", "fanout_claim"}) {
            try (Statement sql = connection.createStatement()) {
                for (String constraint : foreignKeys(connection, schema, table)) {
                    sql.execute("ALTER TABLE " + schema + "." + table + " DROP CONSTRAINT \"" + constraint + "\"");
                }
            }
        }
    }

    private static Set<String> foreignKeys(Connection connection, String schema, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet keys = connection.getMetaData().getImportedKeys(connection.getCatalog(), schema, table)) {
            while (keys.next()) {
                names.add(keys.getString("FK_NAME"));
            }
        }
        return names;
    }
}
