package id.naikkelas.platform;

/**
 * A workflow action the current state does not allow: nothing has been changed. The API answers 409
 * with a problem whose {@code currentState} and {@code action} properties name both; a page shows
 * the message. Every aggregate with states throws it (or a subclass) from its transition methods.
 */
public class IllegalTransitionException extends ConflictException {

  private final String currentState;
  private final String action;

  /**
   * @param currentState the state the record is in (an enum constant's name)
   * @param action the action refused, as the API names it ({@code close}, {@code answer})
   */
  public IllegalTransitionException(Enum<?> currentState, String action) {
    super("status", "workflow.refused", currentState.name(), action);
    this.currentState = currentState.name();
    this.action = action;
  }

  public String currentState() {
    return currentState;
  }

  public String action() {
    return action;
  }
}
