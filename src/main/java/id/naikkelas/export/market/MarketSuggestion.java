package id.naikkelas.export.market;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * A destination the regency's other exporters ship the same goods to and this exporter does not:
 * how many of them, their rupiah value over the last three years (null when a single exporter is
 * behind it, so one firm's figure is not disclosed), the certificate of origin and the regulation
 * sources.
 */
public record MarketSuggestion(
    @Schema(example = "JP") String country,
    @Schema(example = "Jepang") String countryName,
    @Schema(
            example = "5208",
            description = "the HS heading (or, by chapter, the chapter) the others ship there")
        String hsCode,
    @Schema(description = "HEADING when matched on the same heading, CHAPTER on the chapter")
        String basis,
    int exporters,
    @Schema(description = "null when a single other exporter is behind the suggestion")
        BigDecimal valueIdr,
    OriginRequirement origin,
    List<RegulationLink> links) {}
