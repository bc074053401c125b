package id.naikkelas.licensing.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.licensing.LicensingProgrammes;
import id.naikkelas.licensing.ProgrammeRequest;
import id.naikkelas.licensing.ProgrammeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Free-facilitation programmes with their yearly quotas. */
@RestController
@Tag(name = "Licensing")
class LicensingProgrammeApiController {

  private final LicensingProgrammes programmes;
  private final CurrentActor current;

  LicensingProgrammeApiController(LicensingProgrammes programmes, CurrentActor current) {
    this.programmes = programmes;
    this.current = current;
  }

  @PostMapping("/api/v1/licensing-programmes")
  @Operation(
      operationId = "licensingOpenProgramme",
      summary = "Open a programme: name, kind, year, quota, region scope inside the caller's")
  ResponseEntity<ProgrammeView> open(@Valid @RequestBody ProgrammeRequest r) {
    ProgrammeView v = programmes.open(current.require(), r);
    return ResponseEntity.created(URI.create("/api/v1/licensing-programmes/" + v.id())).body(v);
  }

  @GetMapping("/api/v1/licensing-programmes")
  @Operation(operationId = "licensingProgrammes", summary = "Programmes of the caller's scope")
  List<ProgrammeView> list() {
    return programmes.list(current.require());
  }

  @GetMapping("/api/v1/licensing-programmes/{id}")
  @Operation(
      operationId = "licensingProgramme",
      summary = "A programme with the places taken and the requests waiting")
  ProgrammeView find(@PathVariable long id) {
    return programmes.find(current.require(), id);
  }
}
