package id.naikkelas.export.importing.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** One problem of one row of the spreadsheet. */
record ShipmentImportProblemResponse(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            description = "the spreadsheet's row number; the header is row 1")
        int row,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "Kode HS",
            description = "the column header as the file wrote it")
        String column,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "HSCODE_UNKNOWN") String code,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {}
