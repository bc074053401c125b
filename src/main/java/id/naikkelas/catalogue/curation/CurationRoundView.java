package id.naikkelas.catalogue.curation;

import java.math.BigDecimal;

/** A curation round: its title, state, region and pass score (0–100). */
public record CurationRoundView(
    long id, String title, CurationRoundState status, String regionScope, BigDecimal passScore) {}
