package id.naikkelas.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Each kind's pipeline, stage by stage, and every transition a state refuses. */
class LicensingRequestTest {

  private static final LocalDate APPLIED = LocalDate.of(2026, 3, 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final String VILLAGE = "35.24.22.1012";

  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  private static LicensingRequest request(LicenceKind kind, Integer... classes) {
    LicensingRequest r =
        new LicensingRequest(
            new Application(
                kind,
                42,
                VILLAGE,
                List.of(5L, 6L),
                new TreeSet<>(List.of(classes)),
                kind == LicenceKind.TRADEMARK ? "Soe Art" : null,
                kind == LicenceKind.TRADEMARK ? "tas anyaman" : null,
                null),
            APPLIED,
            1,
            NOW);
    ReflectionTestUtils.setField(r, "id", 7L);
    return r;
  }

  private static StageInput on(int month, int day) {
    return StageInput.on(LocalDate.of(2026, month, day));
  }

  private static StageInput with(
      int month, StageResult result, String reference, String companion, String number) {
    LocalDate d = LocalDate.of(2026, month, 10);
    return new StageInput(d, null, result, reference, companion, number, d, null);
  }

  @Test
  void a_nib_is_checked_assisted_and_issued() {
    LicensingRequest r = request(LicenceKind.NIB);
    assertThat(r.nextStage()).isEqualTo(Stage.DOCUMENTS_CHECKED);
    r.complete(Stage.DOCUMENTS_CHECKED, on(3, 3), TODAY, 1, NOW);
    r.complete(Stage.OSS_ASSISTED, with(3, null, "OSS-123", null, null), TODAY, 1, NOW);
    r.complete(Stage.ISSUED, with(4, null, null, null, "1234567890123"), TODAY, 1, NOW);
    assertThat(r.status()).isEqualTo(RequestStatus.ISSUED);
    assertThat(r.permit().number()).isEqualTo("1234567890123");
    assertThat(r.nextStage()).isNull();
    assertThat(r.protection().validUntil()).isNull();
    assertThat(r.events())
        .last()
        .isEqualTo(
            new LicenceIssued(
                7,
                42,
                LicenceKind.NIB,
                List.of(5L, 6L),
                "1234567890123",
                LocalDate.of(2026, 4, 10),
                null));
  }

  @Test
  void only_the_next_stage_can_be_completed_and_the_refusal_names_the_current_one() {
    LicensingRequest r = request(LicenceKind.PIRT);
    assertThatThrownBy(() -> r.complete(Stage.SITE_INSPECTION, on(3, 3), TODAY, 1, NOW))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo("DOCUMENTS_CHECKED");
              assertThat(e.action()).isEqualTo("complete SITE_INSPECTION");
            });
    r.complete(Stage.DOCUMENTS_CHECKED, on(3, 3), TODAY, 1, NOW);
    assertThatThrownBy(() -> r.complete(Stage.DOCUMENTS_CHECKED, on(3, 4), TODAY, 1, NOW))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e.currentState()).isEqualTo("PKP_TRAINING"));
    assertThatThrownBy(() -> r.complete(Stage.FILED, on(3, 4), TODAY, 1, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(r.history()).hasSize(1);
  }

  @Test
  void a_failed_inspection_returns_the_request_and_a_resubmission_inspects_again() {
    LicensingRequest r = request(LicenceKind.PIRT);
    r.complete(Stage.DOCUMENTS_CHECKED, on(3, 3), TODAY, 1, NOW);
    r.complete(Stage.PKP_TRAINING, with(4, null, "PKP-2026-0042", null, null), TODAY, 1, NOW);
    assertThatThrownBy(
            () ->
                r.complete(
                    Stage.SITE_INSPECTION,
                    with(5, StageResult.FAIL, null, null, null),
                    TODAY,
                    1,
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("note"));
    LocalDate inspected = LocalDate.of(2026, 5, 10);
    r.complete(
        Stage.SITE_INSPECTION,
        new StageInput(
            inspected, "Lantai dapur retak", StageResult.FAIL, null, null, null, null, null),
        TODAY,
        1,
        NOW);
    assertThat(r.status()).isEqualTo(RequestStatus.RETURNED);
    assertThat(r.reason()).isEqualTo("Lantai dapur retak");
    assertThat(r.stage()).isEqualTo(Stage.SITE_INSPECTION);
    assertThat(r.nextStage()).isNull();
    assertThatThrownBy(() -> r.complete(Stage.SITE_INSPECTION, on(6, 1), TODAY, 1, NOW))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e.currentState()).isEqualTo("RETURNED"));
    r.resubmit(NOW);
    r.complete(Stage.SITE_INSPECTION, with(6, StageResult.PASS, null, null, null), TODAY, 1, NOW);
    r.complete(Stage.OSS_SUBMITTED, with(7, null, "OSS-9", null, null), TODAY, 1, NOW);
    LocalDate issued = LocalDate.of(2026, 8, 1);
    LocalDate expires = LocalDate.of(2031, 8, 1);
    List<FieldProblem> warnings =
        r.complete(
            Stage.ISSUED,
            new StageInput(
                issued, null, null, null, null, "P-IRT No. 2063524010123-31", issued, expires),
            TODAY,
            1,
            NOW);
    assertThat(warnings).isEmpty();
    assertThat(r.status()).isEqualTo(RequestStatus.ISSUED);
    assertThat(r.permit().number()).isEqualTo("206352401012331");
    assertThat(r.protection().renewableFrom()).isEqualTo(LocalDate.of(2031, 2, 1));
  }

  @Test
  void a_pirt_needs_its_expiry_at_most_five_years_after_issue() {
    LicensingRequest r = request(LicenceKind.PIRT);
    r.complete(Stage.DOCUMENTS_CHECKED, on(3, 3), TODAY, 1, NOW);
    r.complete(Stage.PKP_TRAINING, with(4, null, "PKP-1", null, null), TODAY, 1, NOW);
    r.complete(Stage.SITE_INSPECTION, with(5, StageResult.PASS, null, null, null), TODAY, 1, NOW);
    r.complete(Stage.OSS_SUBMITTED, with(6, null, "OSS-1", null, null), TODAY, 1, NOW);
    LocalDate issued = LocalDate.of(2026, 7, 1);
    assertThatThrownBy(
            () ->
                r.complete(
                    Stage.ISSUED,
                    new StageInput(issued, null, null, null, null, "206352401012331", issued, null),
                    TODAY,
                    1,
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("expiresOn"));
    assertThatThrownBy(
            () ->
                r.complete(
                    Stage.ISSUED,
                    new StageInput(
                        issued,
                        null,
                        null,
                        null,
                        null,
                        "206352401012332",
                        issued,
                        LocalDate.of(2032, 7, 1)),
                    TODAY,
                    1,
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .contains("licensing.expiry.pirtFiveYears"));
    assertThatThrownBy(
            () ->
                r.complete(
                    Stage.ISSUED,
                    new StageInput(
                        issued,
                        null,
                        null,
                        null,
                        null,
                        "206352401012326",
                        issued,
                        LocalDate.of(2026, 6, 1)),
                    TODAY,
                    1,
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .contains("licensing.expiry.beforeIssue"));
    assertThat(r.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(r.history()).hasSize(4);
  }

  @Test
  void a_halal_certificate_needs_its_companion_and_an_id_number() {
    LicensingRequest r = request(LicenceKind.HALAL);
    r.complete(Stage.DOCUMENTS_CHECKED, on(3, 3), TODAY, 1, NOW);
    assertThatThrownBy(() -> r.complete(Stage.COMPANION_ASSIGNED, on(3, 5), TODAY, 1, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("companion"));
    r.complete(
        Stage.COMPANION_ASSIGNED,
        new StageInput(
            LocalDate.of(2026, 4, 10), null, null, null, "Siti Aminah", null, null, null),
        TODAY,
        1,
        NOW);
    r.complete(Stage.SITE_VERIFIED, on(5, 1), TODAY, 1, NOW);
    r.complete(Stage.FATWA_COMMITTEE, on(6, 1), TODAY, 1, NOW);
    assertThatThrownBy(
            () ->
                r.complete(
                    Stage.ISSUED, with(7, null, null, null, "35110000123450924"), TODAY, 1, NOW))
        .isInstanceOf(InvalidInputException.class);
    r.complete(Stage.ISSUED, with(7, null, null, null, "ID35110000123450924"), TODAY, 1, NOW);
    assertThat(r.permit().number()).isEqualTo("ID35110000123450924");
    assertThat(r.permit().expiresOn()).isNull();
    assertThat(r.history().get(1).companion()).isEqualTo("Siti Aminah");
  }

  @Test
  void a_trademark_is_protected_ten_years_from_its_filing_date() {
    LicensingRequest r = request(LicenceKind.TRADEMARK, 18);
    r.complete(Stage.DOCUMENTS_CHECKED, on(3, 3), TODAY, 1, NOW);
    r.complete(Stage.PDKI_CHECKED, with(3, StageResult.PASS, null, null, null), TODAY, 1, NOW);
    r.complete(Stage.LETTER_ISSUED, on(3, 20), TODAY, 1, NOW);
    assertThatThrownBy(
            () ->
                r.complete(Stage.FILED, with(4, null, "JID2026000123", null, null), TODAY, 1, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .containsExactly("licensing.number.applicationServices"));
    r.complete(Stage.FILED, with(4, null, "DID2026000123", null, null), TODAY, 1, NOW);
    assertThat(r.permit().filedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
    r.complete(Stage.FORMALITY, on(5, 1), TODAY, 1, NOW);
    r.complete(Stage.PUBLICATION, on(6, 1), TODAY, 1, NOW);
    r.complete(Stage.SUBSTANTIVE, on(9, 1), TODAY, 1, NOW);
    r.complete(Stage.REGISTERED, with(11, null, null, null, "IDM000123456"), TODAY, 1, NOW);
    assertThat(r.status()).isEqualTo(RequestStatus.ISSUED);
    assertThat(r.permit().expiresOn()).isEqualTo(LocalDate.of(2036, 4, 10));
    Protection p = r.protection();
    assertThat(p.renewable(LocalDate.of(2035, 10, 9))).isFalse();
    assertThat(p.renewable(LocalDate.of(2035, 10, 10))).isTrue();
    assertThat(p.renewalFined(LocalDate.of(2036, 5, 1))).isTrue();
    assertThat(p.renewable(LocalDate.of(2036, 10, 11))).isFalse();
  }

  @Test
  void dates_run_forward_from_the_application_to_today() {
    LicensingRequest r = request(LicenceKind.NIB);
    assertThatThrownBy(() -> r.complete(Stage.DOCUMENTS_CHECKED, on(3, 1), TODAY, 1, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .containsExactly("licensing.date.beforePrevious"));
    assertThatThrownBy(
            () ->
                r.complete(
                    Stage.DOCUMENTS_CHECKED, StageInput.on(TODAY.plusDays(1)), TODAY, 1, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> r.complete(Stage.DOCUMENTS_CHECKED, StageInput.on(null), TODAY, 1, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(r.history()).isEmpty();
    assertThat(r.events()).isEmpty();
  }

  @Test
  void return_resubmit_refuse_and_withdraw_each_refuse_the_wrong_state() {
    LicensingRequest r = request(LicenceKind.NIB);
    assertThatThrownBy(() -> r.resubmit(NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> r.returnToOwner(" ", NOW)).isInstanceOf(InvalidInputException.class);
    r.returnToOwner("Foto KTP buram", NOW);
    assertThatThrownBy(() -> r.returnToOwner("lagi", NOW))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e.currentState()).isEqualTo("RETURNED"));
    r.resubmit(NOW);
    r.refuse("Bukan usaha mikro atau kecil", NOW);
    assertThat(r.status()).isEqualTo(RequestStatus.REFUSED);
    assertThatThrownBy(() -> r.withdraw(NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> r.refuse("lagi", NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> r.complete(Stage.DOCUMENTS_CHECKED, on(3, 3), TODAY, 1, NOW))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e.currentState()).isEqualTo("REFUSED"));

    LicensingRequest w = request(LicenceKind.HALAL);
    w.withdraw(NOW);
    assertThatThrownBy(() -> w.withdraw(NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> w.resubmit(NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThat(w.events()).containsExactly(new LicensingRequestWithdrawn(7, 42));
  }
}
