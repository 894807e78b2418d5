/** REST of publishing: freeze, publish, withdraw, errata, snapshots and variant previews (/bank/api/v1/forms/{id}). */
package pl.certbank.web.publishing.api;
