package id.naikkelas.platform.web;

import id.naikkelas.platform.InvalidInputException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A button on a page that does one thing and redirects: on success the page shows {@code done} (a
 * message key), on refusal the first problem ({@code refusedProblem}).
 */
public final class PageActions {

  private PageActions() {}

  public static void run(RedirectAttributes redirect, String done, Runnable action) {
    run(
        redirect,
        done,
        () -> {
          action.run();
          return Boolean.TRUE;
        });
  }

  /** Runs the action; its result when it succeeded, empty when it was refused. */
  public static <T> Optional<T> run(RedirectAttributes redirect, String done, Supplier<T> action) {
    try {
      T result = action.get();
      redirect.addFlashAttribute("done", done);
      return Optional.of(result);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refusedProblem", e.problems().get(0));
      return Optional.empty();
    }
  }
}
