/**
 * Operations over REST: the health endpoint that load balancers and scripts poll (open, reveals no data) and, in demo
 * mode only, generated items for benchmarks (admin).
 */
package pl.certbank.web.setup.api;
