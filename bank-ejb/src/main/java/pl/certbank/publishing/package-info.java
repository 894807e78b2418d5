/**
 * Publishing test forms: a draft is frozen (edits stop, the coverage check is shown), then published by another
 * person than its designer into a sealed, hashed snapshot ({@code control.SnapshotJson}, {@code control.Sealing}) with
 * each named variant's candidate payload built once ({@code control.CandidatePayload}); withdrawal keeps it. Variants
 * are reproducible arrangements from stored seeds ({@code control.Variants}); the hash is SHA-256 over RFC 8785
 * canonical JSON ({@code control.SnapshotHash}); errata correct a key beside the snapshot, never in it; a variant
 * exports as a QTI 3.0 content package ({@code control.QtiPackage}, checked by {@code control.QtiCheck}).
 * docs/adr/0011 and 0012.
 */
package pl.certbank.publishing;
