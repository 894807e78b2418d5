/**
 * The audit trail: every change of anything the bank holds (actor, time, subject as kind and id, version, before →
 * after), written in the same transaction as the change and readable by administrators only. Every component records
 * its changes through {@link pl.certbank.audit.control.AuditTrail} with a {@link pl.certbank.audit.entity.Subject}.
 */
package pl.certbank.audit;
