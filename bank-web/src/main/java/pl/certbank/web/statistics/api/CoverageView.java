package pl.certbank.web.statistics.api;

import java.util.Map;

/** Approved, not retired items per verification criterion code, zero included. */
public record CoverageView(String qualification, Map<String, Long> approvedItems) {
}
