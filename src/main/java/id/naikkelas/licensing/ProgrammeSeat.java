package id.naikkelas.licensing;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The programme a request joined and its place there: within the quota, or waiting in order. */
@Embeddable
class ProgrammeSeat {

  private Long programmeId;

  @Enumerated(EnumType.STRING)
  private ProgrammePlace programmePlace;

  private Long placeOrder;

  protected ProgrammeSeat() {}

  ProgrammeSeat(long programmeId, ProgrammePlace place, long order) {
    this.programmeId = programmeId;
    this.programmePlace = place;
    this.placeOrder = order;
  }

  ProgrammeSeat placed() {
    return new ProgrammeSeat(programmeId, ProgrammePlace.PLACED, placeOrder);
  }

  Long programmeId() {
    return programmeId;
  }

  ProgrammePlace place() {
    return programmePlace;
  }
}
