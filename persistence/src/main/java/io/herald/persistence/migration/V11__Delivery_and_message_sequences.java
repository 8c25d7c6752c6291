package io.herald.persistence.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sequences for the ids of deliveries and messages, which a fan-out writes by the hundred: with ids
 * drawn a hundred at a time Hibernate sends the rows in JDBC batches, where identity columns made it
 * insert them one statement at a time. Each sequence starts above the ids already used; the identity
 * columns stay (they accept the ids given). In Java because the start value is read from the table,
 * which H2 and PostgreSQL do not let a plain CREATE SEQUENCE do alike.
 */
public class V11__Delivery_and_message_sequences extends BaseJavaMigration {

    /** The sequences' increment; the entities' allocation size must equal it. */
    public static final int ALLOCATION = 100;

    @Override
    public void migrate(Context context) throws SQLException {
        String schema = context.getConfiguration().getSchemas()[0];
        try (Statement sql = context.getConnection().createStatement()) {
            for (String table : new String[] {"delivery", "message"}) {
                long next;
                try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + schema + "." + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                sql.execute("CREATE SEQUENCE " + schema + "." + table + "_seq START WITH " + next + " INCREMENT BY " + ALLOCATION);
            }
        }
    }
}
