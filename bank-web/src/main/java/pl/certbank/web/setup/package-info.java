/** Demo-mode tools over REST: generated items for benchmarks (admin only). */
package pl.certbank.web.setup;
