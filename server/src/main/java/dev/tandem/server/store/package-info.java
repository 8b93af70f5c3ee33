/**
 * Persistence: the H2 or PostgreSQL database, its Flyway migrations, and the stores of
 * programmes, cycles (each as its {@code tandem-programme/1} snapshot with a version), people,
 * sign-in tokens, sessions and solve jobs. Everything the server knows lives here.
 */
package dev.tandem.server.store;
