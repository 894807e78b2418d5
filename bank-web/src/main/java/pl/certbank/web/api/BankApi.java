package pl.certbank.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of CertBank, versioned by path: /bank/api/v1/... */
@ApplicationPath("api")
public class BankApi extends Application {
}
