/**
 * The command line: {@code java -jar beatbridge.jar <command>} runs an administrative
 * task (create a user, import boundaries) instead of the server, using the other modules'
 * public APIs.
 */
package org.beatbridge.cli;
