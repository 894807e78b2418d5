/** Statistics over REST: GET /bank/api/v1/items/coverage (available items per criterion). */
package pl.certbank.web.statistics.api;
