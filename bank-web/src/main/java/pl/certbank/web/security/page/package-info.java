/** Sign-in and sign-out in the UI; the form login itself is Elytron's (j_security_check). */
package pl.certbank.web.security.page;
