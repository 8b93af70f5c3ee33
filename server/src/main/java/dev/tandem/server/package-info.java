/**
 * The reference platform: Tandem as a running web service. {@link dev.tandem.server.TandemServer}
 * serves the REST API ({@code /api/}, OpenAPI at {@code /api/openapi.json}) and the pages for the
 * administrator, executives and juniors, on an H2 file database or PostgreSQL. It holds no
 * matching or cycle logic of its own: every step is core's {@link dev.tandem.core.cycle.Cycle}.
 */
package dev.tandem.server;
