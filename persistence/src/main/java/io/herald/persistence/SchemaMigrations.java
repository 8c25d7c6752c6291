package io.herald.persistence;

import io.herald.persistence.migration.V11__Delivery_and_message_sequences;
import io.herald.persistence.migration.V13__Fan_out_rows_without_foreign_keys;
import io.herald.persistence.migration.V15__Messages_without_foreign_keys;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings Herald's schema up to date with the versioned scripts in {@code db/migration}. Herald's
 * tables live in their own schema, apart from the tables WildFly keeps in the same database
 * (the JBeret job repository, the EJB timer store).
 */
public final class SchemaMigrations {

    /** The schema that the persistence unit's {@code hibernate.default_schema} names too. */
    public static final String SCHEMA = "herald";

    /** Given by hand: Flyway's class-path scanning does not see classes in a WildFly deployment. */
    private static final JavaMigration[] JAVA_MIGRATIONS = {new V11__Delivery_and_message_sequences(), new V13__Fan_out_rows_without_foreign_keys(),
        new V15__Messages_without_foreign_keys()};

    private SchemaMigrations() {
    }

    public static MigrateResult apply(DataSource dataSource) {
        return apply(dataSource, SCHEMA);
    }

    public static MigrateResult apply(DataSource dataSource, String schema) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .javaMigrations(JAVA_MIGRATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The newest version the scripts define, to tell whether a database is up to date. */
    public static String currentVersion(DataSource dataSource) {
        var current = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .javaMigrations(JAVA_MIGRATIONS)
                .load()
                .info()
                .current();
        return current == null ? null : current.getVersion().getVersion();
    }
}
