/** The audit trail over REST (/bank/api/v1/audit), for administrators. */
package pl.certbank.web.audit.api;
