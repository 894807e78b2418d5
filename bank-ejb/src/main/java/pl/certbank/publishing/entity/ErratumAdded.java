package pl.certbank.publishing.entity;

/** A key of a published form was corrected: delivery rescores the form's attempts in the same transaction. */
public record ErratumAdded(long snapshotId, int sequenceNumber) {
}
