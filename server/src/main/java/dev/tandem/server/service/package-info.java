/**
 * What the server does, independent of HTTP: programmes and their cycles as stored values, each
 * step of core's {@link dev.tandem.core.cycle.Cycle} applied in one transaction with an optimistic
 * version check, access per role and person, sign-in links, background drafts and the demo
 * organisation. The REST API and the pages both call this layer; neither holds rules of its own.
 */
package dev.tandem.server.service;
