package io.herald.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** The little that Herald's hand-written SQL needs to know about the database under it. */
public final class Databases {

    private Databases() {
    }

    /** PostgreSQL in production; otherwise the embedded H2, which speaks the standard forms. */
    public static boolean isPostgreSql(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
