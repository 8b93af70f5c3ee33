package dev.tandem.server.auth;

import java.util.Optional;

/**
 * Turns a credential (the token of a personal sign-in link, sent as {@code Authorization: Bearer
 * TOKEN} or redeemed by opening the link) into the person it belongs to. The one seam a host's
 * single sign-on replaces: implement it to map the host's credential to a {@link Principal}.
 */
@FunctionalInterface
public interface Authenticator {
  /** The person {@code credential} signs in, or empty when it is unknown or revoked. */
  Optional<Principal> authenticate(String credential);
}
