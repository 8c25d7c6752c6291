package io.herald.persistence.migration;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Messages lose their foreign keys (to the app and to the push task), for the reason deliveries lost
 * theirs in V13: every sendmsg writes a message, and each key check locked the app's row in
 * PostgreSQL. In H2 the keys also kept an index each that duplicated one of the table's own (the
 * task's) or led another (the app's, first in {@code ix_message_key}), so every message was written
 * into seven indexes instead of five. Apps and tasks are never deleted.
 */
public class V15__Messages_without_foreign_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        ForeignKeys.drop(context, "message");
    }
}
