/**
 * Sign-in and roles: personal sign-in links (random tokens stored only as SHA-256), the
 * {@link dev.tandem.server.auth.Authenticator} seam a host's single sign-on replaces, and the
 * {@link dev.tandem.server.auth.Principal} every request acts as.
 */
package dev.tandem.server.auth;
