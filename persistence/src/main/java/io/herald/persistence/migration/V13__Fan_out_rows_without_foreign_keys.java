package io.herald.persistence.migration;

import java.sql.SQLException;
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
        ForeignKeys.drop(context, "delivery");
        ForeignKeys.drop(context, "fanout_claim");
    }
}
