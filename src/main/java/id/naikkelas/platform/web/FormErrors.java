package id.naikkelas.platform.web;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts the problems of a rejected command beside the form fields they belong to. */
public final class FormErrors {

  private FormErrors() {}

  public static void reject(BindingResult binding, InvalidInputException e) {
    for (FieldProblem p : e.problems()) {
      try {
        binding.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
      } catch (NotReadablePropertyException notAFormField) {
        binding.reject(p.messageKey(), p.args(), p.messageKey());
      }
    }
  }
}
