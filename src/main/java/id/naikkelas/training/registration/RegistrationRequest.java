package id.naikkelas.training.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A registration as sent by a candidate (or filled from the registry for a signed-in owner),
 * checked whole by {@link RegistrationChecker}. {@code answers} holds a yes/no (true/false,
 * ya/tidak) per question key of the event. {@code website} is a honeypot: people leave it empty,
 * form-filling robots do not.
 */
@NamedInterface("registration")
public record RegistrationRequest(
    @NotBlank @Pattern(regexp = PersonText.NIK) String nik,
    @NotBlank @Size(min = 1, max = 120) String name,
    @NotBlank @Pattern(regexp = PersonText.PHONE) String phone,
    @NotBlank @Pattern(regexp = PersonText.VILLAGE) String villageCode,
    Map<String, Object> answers,
    @Schema(description = "leave empty (a trap for robots)") @Size(max = 0) String website) {}
