package id.naikkelas.training;

import java.math.BigDecimal;

/** A yes/no question of an event; a "yes" adds its weight to the applicant's score. */
public record Question(String key, String label, BigDecimal weight) {}
