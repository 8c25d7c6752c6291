package io.herald.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recreates the PostgreSQL database the postgres test run uses, so that every run starts empty.
 * Runs in the build before the server starts; PostgreSQL is the machine's (127.0.0.1:5432, trust auth).
 */
public final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String database = args[0];
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(adminUrl(), "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    public static String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/test";
    }

    public static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }
}
