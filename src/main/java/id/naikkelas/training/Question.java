package id.naikkelas.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A yes/no question of an event; a "yes" adds its weight to the applicant's score. */
public record Question(
    @NotBlank @Pattern(regexp = "^[a-z][a-zA-Z0-9]{0,29}$") String key,
    @NotBlank @Size(min = 1, max = 300) String label,
    @DecimalMin("-100") @DecimalMax("100") BigDecimal weight) {}
