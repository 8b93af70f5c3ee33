package dev.tandem.server.auth;

import dev.tandem.server.store.Database;
import dev.tandem.server.store.Store;
import dev.tandem.server.store.Store.PersonRow;
import java.util.Optional;

/**
 * The built-in {@link Authenticator}: personal sign-in links issued by the administrator. A
 * token is looked up by its SHA-256; issuing a new link for a person revokes the old ones.
 */
public final class TokenAuthenticator implements Authenticator {
  private final Database db;

  public TokenAuthenticator(Database db) {
    this.db = db;
  }

  @Override
  public Optional<Principal> authenticate(String credential) {
    if (credential.isBlank() || credential.length() > 200) {
      return Optional.empty();
    }
    String hash = Tokens.hash(credential);
    return db.inTransaction(c -> Store.personByToken(c, hash)).map(TokenAuthenticator::principal);
  }

  /** The principal a person row stands for. */
  public static Principal principal(PersonRow p) {
    return Role.valueOf(p.role()) == Role.ADMIN ? Principal.admin(p.id())
        : Principal.participant(p.id(), p.programmeId().orElseThrow(), p.employeeId().orElseThrow());
  }
}
