package id.naikkelas.licensing;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.RegionScope;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A request joins a programme of its kind that covers its business, taking a place or waiting
 * ({@link ProgrammePlaces}); a placed request that closes without its permit gives the place to the
 * first one waiting.
 */
@Component
class ProgrammeJoining {

  private final LicensingProgrammes programmes;
  private final ProgrammePlaces places;
  private final LicensingRequestRepository requests;

  ProgrammeJoining(
      LicensingProgrammes programmes, ProgrammePlaces places, LicensingRequestRepository requests) {
    this.programmes = programmes;
    this.places = places;
    this.requests = requests;
  }

  void join(LicensingRequest r, long programmeId) {
    ProgrammeView programme =
        programmes
            .load(programmeId)
            .orElseThrow(() -> refused("licensing.programme.unknown", programmeId));
    // a programme for another region is, for this business, one that does not exist
    if (!RegionScope.covers(programme.regionScope(), r.villageCode())) {
      throw refused("licensing.programme.unknown", programmeId);
    }
    if (programme.kind() != r.kind()) {
      throw refused("licensing.programme.otherKind", programme.kind().name());
    }
    r.join(programmeId, places.take(programmeId), places.nextInLine());
  }

  /** A placed request was refused or withdrawn: its place goes to the first one waiting. */
  void leave(LicensingRequest r) {
    ProgrammeSeat seat = r.seat();
    if (seat == null || seat.place() != ProgrammePlace.PLACED) {
      return;
    }
    places
        .giveBack(seat.programmeId())
        .flatMap(requests::findById)
        .ifPresent(
            next -> {
              next.placed();
              requests.save(next);
            });
  }

  private static InvalidInputException refused(String key, Object arg) {
    return new InvalidInputException(List.of(new FieldProblem("programmeId", key, arg)));
  }
}
