/** Pages of delivery: exam clients, sessions, a session's results with charts, and one result with its appeal replay. */
package pl.certbank.web.delivery.page;
