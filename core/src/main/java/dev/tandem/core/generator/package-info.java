/**
 * The seeded generator of synthetic organisations and programmes, and the named benchmark suites
 * (S, M, L, XL, with or without department spread).
 */
package dev.tandem.core.generator;
