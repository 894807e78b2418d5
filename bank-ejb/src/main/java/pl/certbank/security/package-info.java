/**
 * Who may do what. Users and their roles live in the bank's own tables; WildFly Elytron authenticates against them
 * (a jdbc-realm checking bcrypt hashes, see bank-ear/src/main/wildfly/configure.cli), and every boundary and page
 * checks the roles named in {@link pl.certbank.security.entity.Roles}.
 */
package pl.certbank.security;
