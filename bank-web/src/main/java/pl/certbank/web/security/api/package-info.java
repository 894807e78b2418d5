/** Security over REST: the sign-in throttle for administrators (/bank/api/v1/security/throttles). */
package pl.certbank.web.security.api;
