-- Documents of a licensing request (issue 11): what the owner or an officer uploaded for the kind's
-- checks, stored only as re-encoded (an image as JPEG, a PDF written anew); the file lives in the
-- data folder under the document's id.
create table licensing_document (
    id            bigserial    primary key,
    request_id    bigint       not null references licensing_request (id) on delete cascade,
    type          text         not null check (type in ('LABEL_DESIGN', 'PRODUCT_PHOTO',
                      'COMPOSITION', 'PRODUCTION_PROCESS', 'SITE_PHOTO', 'MARK_LABEL')),
    media_type    text         not null check (media_type in ('image/jpeg', 'application/pdf')),
    size_bytes    integer      not null check (size_bytes > 0),
    width         integer,
    height        integer,
    pages         integer,
    sha256        text         not null,
    uploaded_by   bigint       not null,
    uploaded_at   timestamptz  not null
);

create index licensing_document_request on licensing_document (request_id, id);
