package id.naikkelas.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * A licensing request as the API and pages show it: {@code nextStage} is the one stage that may be
 * completed now (null unless in progress), so a client never guesses; {@code pipeline} lists the
 * kind's stages in order; {@code letterCode} opens the trademark recommendation letter's check;
 * {@code assignedTo} is the officer working on it, if any.
 */
public record LicensingRequestView(
    long id,
    LicenceKind kind,
    long businessId,
    String businessName,
    String villageCode,
    RequestStatus status,
    Stage stage,
    Stage nextStage,
    List<Stage> pipeline,
    List<StageView> history,
    String reason,
    List<Long> productIds,
    String markName,
    List<Integer> niceClasses,
    String goodsServices,
    Long programmeId,
    ProgrammePlace programmePlace,
    String number,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate filedOn,
    LocalDate appliedOn,
    Long renewalOf,
    String letterCode,
    Assignee assignedTo) {

  /** One completed stage. */
  public record StageView(
      Stage stage,
      LocalDate completedOn,
      String note,
      StageResult result,
      String reference,
      String companion,
      String number,
      String certificate) {}

  static LicensingRequestView of(
      LicensingRequest r, String businessName, String letterCode, Assignee assignedTo) {
    Permit p = r.permit();
    RequestSubject s = r.subject();
    ProgrammeSeat seat = r.seat();
    return new LicensingRequestView(
        r.id(),
        r.kind(),
        r.businessId(),
        businessName,
        r.villageCode(),
        r.status(),
        r.stage(),
        r.nextStage(),
        r.kind().pipeline(),
        r.history().stream()
            .map(
                h ->
                    new StageView(
                        h.stage(),
                        h.completedOn(),
                        h.note(),
                        h.result(),
                        h.reference(),
                        h.companion(),
                        h.number(),
                        h.certificate()))
            .toList(),
        r.reason(),
        s.productIds(),
        s.markName(),
        List.copyOf(s.niceClasses()),
        s.goodsServices(),
        seat == null ? null : seat.programmeId(),
        seat == null ? null : seat.place(),
        p.number(),
        p.issuedOn(),
        p.expiresOn(),
        p.filedOn(),
        r.appliedOn(),
        r.renewalOf(),
        letterCode,
        assignedTo);
  }
}
