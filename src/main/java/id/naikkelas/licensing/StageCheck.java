package id.naikkelas.licensing;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * The policy for what completing a stage needs: a date between the previous stage and today, the
 * data the stage needs, and numbers in their form (DESIGN.md §7). Every problem names its field;
 * nothing changes when there is one.
 */
final class StageCheck {

  /** What the request knows that the checks need. */
  record Facts(
      LicenceKind kind,
      LocalDate notBefore,
      LocalDate today,
      String villageCode,
      SortedSet<Integer> niceClasses,
      LocalDate filedOn) {}

  /** The checked input: the stored forms of its texts, and the warnings. */
  record Checked(
      StageInput input,
      String reference,
      String companion,
      String number,
      String note,
      List<FieldProblem> warnings) {}

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private StageCheck() {}

  static Checked check(Stage stage, StageInput in, Facts facts) {
    List<FieldProblem> p = new ArrayList<>();
    List<FieldProblem> warnings = new ArrayList<>();
    LocalDate on = in.completedOn();
    if (on == null) {
      p.add(new FieldProblem("completedOn", "field.required"));
    } else if (on.isAfter(facts.today())) {
      p.add(new FieldProblem("completedOn", "licensing.date.future"));
    } else if (on.isBefore(facts.notBefore())) {
      p.add(
          new FieldProblem(
              "completedOn", "licensing.date.beforePrevious", facts.notBefore().format(SHOWN)));
    }
    for (StageField field : stage.needs(facts.kind())) {
      Object v = in.value(field);
      if (v == null || (v instanceof String s && s.isBlank())) {
        p.add(new FieldProblem(field.property(), "field.required"));
      }
    }
    boolean failed = stage.returnsOnFail() && in.result() == StageResult.FAIL;
    String note = FormFields.text(in.note(), "note", 1000, failed, p);
    String reference = FormFields.text(in.reference(), "reference", 60, false, p);
    String companion = FormFields.name(in.companion(), "companion", 120, false, p);
    String number = null;
    if (p.isEmpty() && stage == Stage.FILED) {
      reference = LicenceNumbers.application(reference, facts.niceClasses(), on, p, warnings);
    }
    if (p.isEmpty() && stage.grantsPermit()) {
      number = number(stage, in, facts, p, warnings);
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Checked(in, reference, companion, number, note, warnings);
  }

  /** The reason of a return or a refusal: required, at most 500 characters. */
  static String reason(String why) {
    List<FieldProblem> p = new ArrayList<>();
    String r = FormFields.text(why, "reason", 500, true, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return r;
  }

  /** The permit's number in its stored form, with the issue and expiry dates checked. */
  private static String number(
      Stage stage, StageInput in, Facts facts, List<FieldProblem> p, List<FieldProblem> warnings) {
    LocalDate issued = in.issuedOn();
    if (issued.isAfter(facts.today())) {
      p.add(new FieldProblem("issuedOn", "licensing.date.future"));
    } else if (issued.isBefore(facts.notBefore())) {
      p.add(
          new FieldProblem(
              "issuedOn", "licensing.date.beforePrevious", facts.notBefore().format(SHOWN)));
    }
    LocalDate expires = in.expiresOn();
    if (expires != null && !expires.isAfter(issued)) {
      p.add(new FieldProblem("expiresOn", "licensing.expiry.beforeIssue"));
    } else if (expires != null && !expires.isAfter(facts.today())) {
      p.add(new FieldProblem("expiresOn", "licensing.expiry.past"));
    }
    String village = facts.villageCode() == null ? "" : facts.villageCode();
    String regency = village.length() >= 5 ? village.substring(0, 5) : null;
    String province = village.length() >= 2 ? village.substring(0, 2) : null;
    return switch (facts.kind()) {
      case NIB -> LicenceNumbers.nib(in.number(), "number", p);
      case PIRT -> {
        if (expires != null && expires.isAfter(issued.plus(Protection.PIRT_AT_MOST))) {
          p.add(new FieldProblem("expiresOn", "licensing.expiry.pirtFiveYears"));
        }
        yield LicenceNumbers.pirt(in.number(), regency, expires, p, warnings);
      }
      case HALAL -> {
        if (expires != null) {
          p.add(new FieldProblem("expiresOn", "licensing.expiry.halalNone"));
        }
        yield LicenceNumbers.halal(in.number(), province, p, warnings);
      }
      case TRADEMARK -> {
        if (expires != null) {
          p.add(new FieldProblem("expiresOn", "licensing.expiry.trademarkFromFiling"));
        }
        yield stage == Stage.REGISTERED ? LicenceNumbers.registration(in.number(), p) : null;
      }
    };
  }
}
