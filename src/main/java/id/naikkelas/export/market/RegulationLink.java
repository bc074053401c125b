package id.naikkelas.export.market;

import io.swagger.v3.oas.annotations.media.Schema;

/** A source of the rules an export to a market meets: tariffs, requirements, origin. */
public record RegulationLink(
    @Schema(example = "Market Access Map") String name,
    @Schema(
            example =
                "https://www.macmap.org/en/query/results?reporter=392&partner=360&product=5208")
        String url) {}
