/** The qualification frameworks over REST: GET /bank/api/v1/qualifications[/{code}]. */
package pl.certbank.web.qualifications.api;
