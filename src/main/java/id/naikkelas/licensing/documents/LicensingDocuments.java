package id.naikkelas.licensing.documents;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.licensing.LicensingRequestView;
import id.naikkelas.licensing.LicensingRequests;
import id.naikkelas.licensing.RequestStatus;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a request: whoever may see the request (its owner, an officer of its scope)
 * uploads, lists, reads and removes them while it is open (in progress or returned); a closed
 * request keeps its documents as they were (409 for a change). Each upload is checked by content
 * ({@link DocumentContent}) before anything is written; the row and the file are written together.
 */
@Service
public class LicensingDocuments {

  /** At most this many documents per request. */
  static final int MAX_PER_REQUEST = 30;

  /** A document's stored bytes and how to serve them. */
  public record File(DocumentView document, byte[] bytes) {

    /**
     * The file as a response: its stored type, a name made of its type and id (never the uploaded
     * name), sandboxed so that a browser runs nothing in it, and never cached.
     */
    public ResponseEntity<byte[]> response() {
      boolean pdf = document.mediaType().equals(MediaType.APPLICATION_PDF_VALUE);
      String name =
          document.type().name().toLowerCase(Locale.ROOT)
              + "-"
              + document.id()
              + (pdf ? ".pdf" : ".jpg");
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(document.mediaType()))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.inline().filename(name).build().toString())
          .header("Content-Security-Policy", "sandbox")
          .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
          .body(bytes);
    }
  }

  private final JdbcClient jdbc;
  private final LicensingRequests requests;
  private final DocumentFiles files;
  private final AuditTrail audit;
  private final Clock clock;

  LicensingDocuments(
      JdbcClient jdbc,
      LicensingRequests requests,
      DocumentFiles files,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.requests = requests;
    this.files = files;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Reads the upload (at most one byte over the limit, enough to refuse it), checks it by its
   * content and stores it. Decoded before the request is locked: a large picture does not hold up
   * the request's stages; the request must still be open once locked.
   */
  @Transactional
  public DocumentView upload(Actor by, long requestId, DocumentType type, InputStream upload)
      throws IOException {
    LicensingRequestView seen = requests.find(by, requestId);
    if (type == null) {
      throw new InvalidInputException("type", "field.required");
    }
    if (!type.takenBy(seen.kind())) {
      throw new InvalidInputException("type", "licensing.document.notForKind", seen.kind().name());
    }
    if (!seen.status().open()) {
      throw new IllegalTransitionException(seen.status(), "upload-document");
    }
    DocumentContent content =
        DocumentContent.read(type, upload.readNBytes((int) DocumentContent.MAX_BYTES + 1));
    LicensingRequestView r = open(by, requestId, "upload-document");
    long count =
        jdbc.sql("select count(*) from licensing_document where request_id = ?")
            .param(requestId)
            .query(Long.class)
            .single();
    if (count >= MAX_PER_REQUEST) {
      throw new InvalidInputException("file", "licensing.document.tooMany", MAX_PER_REQUEST);
    }
    String sha = sha256(content.bytes());
    long id =
        jdbc.sql(
                """
                insert into licensing_document (request_id, type, media_type, size_bytes, width,
                  height, pages, sha256, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                requestId,
                type.name(),
                content.mediaType(),
                content.bytes().length,
                content.width(),
                content.height(),
                content.pages(),
                sha,
                by.id(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    files.write(id, content.bytes());
    audit.record(
        AuditAction.CREATE,
        "licensing-document",
        id,
        r.villageCode(),
        null,
        Map.of("requestId", requestId, "type", type.name(), "sha256", sha));
    return find(requestId, id);
  }

  @Transactional(readOnly = true)
  public List<DocumentView> list(Actor by, long requestId) {
    requests.find(by, requestId);
    return jdbc.sql(SELECT + " where request_id = ? order by id")
        .param(requestId)
        .query(DocumentView.class)
        .list();
  }

  @Transactional(readOnly = true)
  public File file(Actor by, long requestId, long documentId) {
    requests.find(by, requestId);
    DocumentView d = find(requestId, documentId);
    return new File(d, files.read(d.id()));
  }

  @Transactional
  public void remove(Actor by, long requestId, long documentId) {
    LicensingRequestView r = open(by, requestId, "remove-document");
    DocumentView d = find(requestId, documentId);
    jdbc.sql("delete from licensing_document where id = ?").param(d.id()).update();
    audit.record(
        AuditAction.DELETE,
        "licensing-document",
        d.id(),
        r.villageCode(),
        Map.of("requestId", requestId, "type", d.type().name(), "sha256", d.sha256()),
        null);
    files.deleteAfterCommit(d.id());
  }

  /**
   * The request if the caller may see it and it is open, its row locked against a concurrent close
   * until the transaction ends; the status is the one committed, read under the lock.
   */
  private LicensingRequestView open(Actor by, long requestId, String action) {
    LicensingRequestView r = requests.find(by, requestId);
    RequestStatus status = requests.lockStatus(requestId);
    if (!status.open()) {
      throw new IllegalTransitionException(status, action);
    }
    return r;
  }

  private DocumentView find(long requestId, long documentId) {
    return jdbc.sql(SELECT + " where request_id = ? and id = ?")
        .params(requestId, documentId)
        .query(DocumentView.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("licensingDocument", documentId));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String SELECT =
      "select id, request_id, type, media_type, size_bytes, width, height, pages, sha256,"
          + " uploaded_at from licensing_document";
}
