/** What the container and browser tests share: the deployment as built, an API client and the browser. */
package pl.certbank.support;
