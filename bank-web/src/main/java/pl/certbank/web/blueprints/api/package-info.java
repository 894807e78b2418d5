/** /bank/api/v1/blueprints: blueprints as JSON, versioned, with ETag/If-Match, and their feasibility diagnosis. */
package pl.certbank.web.blueprints.api;
