/**
 * Statistics about the bank, for the people who plan and build tests. So far coverage: how many items new forms may
 * use (approved, not retired) carry each verification criterion, as a matrix by learning outcome with a band per cell.
 * Measured item statistics (facility, discrimination from delivered sessions) will grow here and feed blueprints.
 */
package pl.certbank.statistics;
