package id.naikkelas.licensing.web;

import id.naikkelas.licensing.StageInput;
import id.naikkelas.licensing.StageResult;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A stage's form: dates from the browser's date inputs (ISO), the rest as typed. */
record StageForm(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
    String note,
    StageResult result,
    String reference,
    String companion,
    String number,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
    String certificate) {

  StageInput toInput() {
    return new StageInput(
        completedOn, note, result, reference, companion, number, issuedOn, expiresOn, certificate);
  }
}
