/**
 * REST of delivery: exam clients and sessions for publishers (/bank/api/v1/exam-clients, /exam-sessions) and the
 * exam clients' own API with bearer tokens (/bank/api/v1/delivery).
 */
package pl.certbank.web.delivery.api;
