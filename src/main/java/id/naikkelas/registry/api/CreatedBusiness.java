package id.naikkelas.registry.api;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.registry.Registered;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The stored business's id and any warnings (e.g. the NIK was issued in another district). */
record CreatedBusiness(long id, List<Map<String, String>> warnings) {

  static CreatedBusiness of(Registered registered, MessageSource messages) {
    return new CreatedBusiness(
        registered.id(), registered.warnings().stream().map(w -> warning(w, messages)).toList());
  }

  private static Map<String, String> warning(FieldProblem w, MessageSource messages) {
    return Map.of(
        "field",
        w.field(),
        "message",
        messages.getMessage(
            w.messageKey(), w.args(), w.messageKey(), LocaleContextHolder.getLocale()));
  }
}
