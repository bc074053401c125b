package id.naikkelas.platform;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that does not catch a broken rule itself (a conflict of state, a value the database
 * refuses) answers the error page with its 409 or 422, not a 500. After the API's handler, which
 * takes every REST controller's errors first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemHandler {

  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalid(InvalidInputException e) {
    return page(HttpStatus.valueOf(e.status()));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ModelAndView refusedByDatabase(DataIntegrityViolationException e) {
    if (BodyProblems.sqlStateClass(e, "23")) {
      return page(HttpStatus.CONFLICT);
    }
    if (BodyProblems.sqlStateClass(e, "22")) {
      return page(HttpStatus.UNPROCESSABLE_CONTENT);
    }
    throw e;
  }

  private static ModelAndView page(HttpStatus status) {
    ModelAndView page = new ModelAndView("error", Map.of("status", status.value()));
    page.setStatus(status);
    return page;
  }
}
