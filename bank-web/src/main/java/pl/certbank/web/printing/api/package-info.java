/**
 * REST of printing: print jobs (/bank/api/v1/print-jobs) and scans (/bank/api/v1/scans); a variant's booklet, answer
 * sheet and key are under the form (/bank/api/v1/forms/{id}/variants/{v}/...pdf, in the publishing resource).
 */
package pl.certbank.web.printing.api;
