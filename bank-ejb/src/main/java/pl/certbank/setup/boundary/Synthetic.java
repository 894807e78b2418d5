package pl.certbank.setup.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import javax.sql.DataSource;
import pl.certbank.security.entity.Roles;
import pl.certbank.setup.control.SyntheticBank;

/** Generated items for benchmarks: administrators, demo mode only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Synthetic {

    @Resource(lookup = "java:jboss/datasources/CertBankDS")
    DataSource dataSource;

    /** Adds {@code count} generated items; returns the number of generated items in the bank. */
    public long generate(String qualification, int count) {
        if (!DemoMode.isOn()) {
            throw new IllegalStateException("Generated items are for demo mode only");
        }
        try {
            return SyntheticBank.generate(dataSource, qualification, count);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating items failed: " + e.getMessage(), e);
        }
    }
}
