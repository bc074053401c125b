package id.naikkelas.licensing.documents;

import java.time.Instant;

/** A stored document of a request, as lists show it; the file itself is fetched by its id. */
public record DocumentView(
    long id,
    long requestId,
    DocumentType type,
    String mediaType,
    int sizeBytes,
    Integer width,
    Integer height,
    Integer pages,
    String sha256,
    Instant uploadedAt) {}
