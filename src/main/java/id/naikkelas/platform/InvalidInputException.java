package id.naikkelas.platform;

import java.util.List;

/**
 * A request that breaks a rule; nothing has been changed. Pages show each problem beside its field,
 * the API answers 422 (or {@link #status()}) with the fields named.
 */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).messageKey());
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String messageKey, Object... args) {
    this(List.of(new FieldProblem(field, messageKey, args)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** HTTP status for the API: 422 for a broken rule. */
  public int status() {
    return 422;
  }
}
