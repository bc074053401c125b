package id.naikkelas.catalogue.market.web;

import id.naikkelas.platform.web.PageActions;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the officers' market pages (partners, curation, showrooms, expos) run a form's action: the
 * "market.done" notice on success, the problem on the page it came from otherwise.
 */
public final class MarketPageActions {

  private MarketPageActions() {}

  /** Runs the action; on success goes to {@code target} (plus the new id when it ends in /). */
  public static String act(String target, RedirectAttributes redirect, Supplier<Long> action) {
    return act(target, redirect, action, true);
  }

  public static String act(
      String target, RedirectAttributes redirect, Supplier<Long> action, boolean appendId) {
    return PageActions.run(redirect, "market.done", action)
        .map(id -> "redirect:" + (appendId && target.endsWith("/") ? target + id : target))
        .orElse("redirect:" + (target.endsWith("/") ? "/pasar" : target));
  }
}
