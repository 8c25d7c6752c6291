package io.herald.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * A select over many keys at once, with the keys as one array parameter ({@code column = ANY(?)}):
 * one statement, prepared once per connection, whatever the number of keys. Hibernate translates a
 * query with an IN-list parameter afresh on every call, which cost more than the reads themselves
 * where a fan-out chunk, a dispatch batch or a batch of receipts looks up hundreds of keys.
 */
public final class ArraySelect {

    /** Takes one row of the result. */
    public interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private ArraySelect() {
    }

    /**
     * Runs {@code sql} with the app's id as its first parameter and the keys as the second.
     * @param keyType the SQL type of the keys' array ({@code varchar}, {@code bigint})
     * @param what what is read, for the error
     */
    public static void forApp(DataSource dataSource, String sql, long appId, String keyType, Collection<?> keys, String what, RowConsumer rows) {
        run(dataSource, sql, appId, keyType, keys, what, rows);
    }

    /** Runs {@code sql} with the keys as its only parameter. */
    public static void forKeys(DataSource dataSource, String sql, String keyType, Collection<?> keys, String what, RowConsumer rows) {
        run(dataSource, sql, null, keyType, keys, what, rows);
    }

    private static void run(DataSource dataSource, String sql, Long appId, String keyType, Collection<?> keys, String what, RowConsumer rows) {
        if (keys.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (appId != null) {
                select.setLong(parameter++, appId);
            }
            select.setArray(parameter, connection.createArrayOf(keyType, keys.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the " + what + " of " + keys.size() + " keys", e);
        }
    }
}
