/** REST resource and pages that show the qualification frameworks: GET /bank/api/v1/qualifications and the tree view. */
package pl.certbank.web.qualifications;
