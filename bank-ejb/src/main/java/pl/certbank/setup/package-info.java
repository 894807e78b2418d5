/**
 * What happens when CertBank starts: the schema is migrated (Flyway, SQL files in db/migration), the qualification
 * files listed in qualifications/index.txt are imported, and in demo mode ({@code -Dcertbank.demo=true}) the demo
 * users and demo bank are created. Nothing here runs again once its data is in place.
 */
package pl.certbank.setup;
