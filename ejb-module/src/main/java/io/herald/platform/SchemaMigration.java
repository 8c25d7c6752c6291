package io.herald.platform;

import io.herald.persistence.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Applies the versioned migrations at startup, before any bean that reads the database starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/HeraldDS")
    DataSource dataSource;

    private volatile String appliedVersion;

    @PostConstruct
    void migrate() {
        var result = SchemaMigrations.apply(dataSource);
        appliedVersion = SchemaMigrations.currentVersion(dataSource);
        LOG.info(() -> "Schema " + SchemaMigrations.SCHEMA + " at version " + appliedVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The version the database is at, or null before the migrations ran. */
    public String appliedVersion() {
        return appliedVersion;
    }
}
