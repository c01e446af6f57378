package org.isletsim;

/**
 * A problem with something a user supplied (a file, a flag, a request). The message is one line that names
 * the input (file and line/field where known) and says what was expected. Command-line tools turn it into
 * exit code 2; anything else that escapes is an internal failure (exit code 1).
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
