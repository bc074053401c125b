package id.naikkelas.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A row of {@code licensing_stage}: one completed stage as stored; read as a {@link StageRecord}.
 */
@Embeddable
class StageEntry {

  @Enumerated(EnumType.STRING)
  private Stage stage;

  private LocalDate completedOn;
  private String note;

  @Enumerated(EnumType.STRING)
  private StageResult result;

  private String reference;
  private String companion;

  @Column(name = "number")
  private String number;

  private long completedBy;

  @Column(name = "certificate_code")
  private String certificate;

  protected StageEntry() {}

  StageEntry(StageRecord r) {
    this.stage = r.stage();
    this.completedOn = r.completedOn();
    this.note = r.note();
    this.result = r.result();
    this.reference = r.reference();
    this.companion = r.companion();
    this.number = r.number();
    this.completedBy = r.completedBy();
    this.certificate = r.certificate();
  }

  /** The stage as completed: the input's date and result, the checked texts, who did it. */
  static StageEntry of(Stage stage, StageCheck.Checked c, long by) {
    StageInput in = c.input();
    return new StageEntry(
        new StageRecord(
            stage,
            in.completedOn(),
            c.note(),
            in.result(),
            c.reference(),
            c.companion(),
            c.number(),
            by,
            in.certificate()));
  }

  StageRecord toRecord() {
    return new StageRecord(
        stage, completedOn, note, result, reference, companion, number, completedBy, certificate);
  }
}
