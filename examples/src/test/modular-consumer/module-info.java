/**
 * A consumer of Tandem on the module path, as an HR application that is itself a module would be:
 * it reads only what the library modules export. Compiled and run by {@code ModularConsumerTest}.
 * Core comes in through {@code requires transitive} in solver and io.
 */
module dev.tandem.consumer {
  requires dev.tandem.solver;
  requires dev.tandem.io;
}
