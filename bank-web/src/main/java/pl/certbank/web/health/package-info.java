/** The health endpoint that load balancers and scripts poll; it needs no sign-in and reveals no data. */
package pl.certbank.web.health;
