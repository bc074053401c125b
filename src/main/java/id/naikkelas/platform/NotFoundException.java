package id.naikkelas.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such record for this caller: it does not exist or lies outside the caller's region scope. The
 * two are deliberately indistinguishable. The message key is {@code notFound.<what>}, with the id
 * as its argument.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

  private final String what;
  private final transient Object id;

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
    this.what = what;
    this.id = id;
  }

  public String messageKey() {
    return "notFound." + what;
  }

  public Object id() {
    return id;
  }
}
