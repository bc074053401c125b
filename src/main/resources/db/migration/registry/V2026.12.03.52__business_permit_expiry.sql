-- Permits the licensing module records on the business (issue 11): when a P-IRT and a trademark's
-- protection end, so that an expired P-IRT no longer earns its catalogue badge.
alter table business
    add column pirt_expires_on      date,
    add column trademark_expires_on date;
